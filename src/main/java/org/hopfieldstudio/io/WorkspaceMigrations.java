package org.hopfieldstudio.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Step-by-step migration of {@code workspace.json} from older format versions to {@link WorkspaceFiles#FORMAT_VERSION}:
 * version k is turned into version k + 1 by {@code step(k)}, so a file of any older version passes every later step.
 * Each step works on the JSON tree only; the typed reader then checks the result as if the file were current.
 */
final class WorkspaceMigrations {
    /** Makes the exception for a bad entry (the reader's, naming the file). */
    @FunctionalInterface
    interface Bad {
        WorkspaceFormatException of(String entry, String detail);
    }

    private WorkspaceMigrations() {
    }

    static ObjectNode migrate(ObjectNode root, int fromVersion, Bad bad) throws WorkspaceFormatException {
        ObjectNode node = root;
        for (int v = fromVersion; v < WorkspaceFiles.FORMAT_VERSION; v++) {
            node = switch (v) {
                case 0 -> from0(node, bad);
                default -> throw bad.of(WorkspaceFiles.MANIFEST, "no migration from format version " + v);
            };
        }
        return node;
    }

    /**
     * Version 0 (the draft format of the first prototype): flat fields {@code rows}, {@code cols}, {@code cells}
     * (one text of rows·cols cells), {@code protocol} (an id), {@code parameters}, {@code set} and {@code patternCount},
     * and {@code weights} without {@code neurons}. Version 1 groups them into {@code grid}, {@code protocol} and
     * {@code patterns} objects and splits the cells into rows.
     */
    private static ObjectNode from0(ObjectNode old, Bad bad) throws WorkspaceFormatException {
        String entry = WorkspaceFiles.WORKSPACE;
        JsonNode rows = old.get("rows");
        JsonNode cols = old.get("cols");
        JsonNode cells = old.get("cells");
        if (rows == null || !rows.canConvertToInt() || cols == null || !cols.canConvertToInt()
                || cells == null || !cells.isTextual()) {
            throw bad.of(entry, "format version 0 needs rows, cols (integers) and cells (a text)");
        }
        int r = rows.asInt();
        int c = cols.asInt();
        String text = cells.asText();
        if (r < 1 || c < 1 || r > PatternFiles.MAX_SIDE || c > PatternFiles.MAX_SIDE || (long) r * c != text.length()) {
            throw bad.of(entry, "version 0 cells hold " + text.length() + " cells for a " + r + "×" + c + " grid");
        }
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode out = f.objectNode();
        ObjectNode grid = out.putObject("grid");
        grid.put("rows", r);
        grid.put("cols", c);
        ArrayNode lines = grid.putArray("cells");
        for (int i = 0; i < r; i++) {
            lines.add(text.substring(i * c, (i + 1) * c));
        }
        JsonNode count = old.get("patternCount");
        if (count != null && count.canConvertToInt() && count.asInt() > 0) {
            ObjectNode p = out.putObject("patterns");
            p.put("file", WorkspaceFiles.PATTERNS);
            p.set("count", count);
            if (old.hasNonNull("set")) {
                p.set("set", old.get("set"));
            }
        } else {
            out.putNull("patterns");
        }
        ObjectNode proto = out.putObject("protocol");
        proto.set("id", old.has("protocol") ? old.get("protocol") : f.textNode("hebb"));
        proto.set("parameters", old.has("parameters") ? old.get("parameters") : f.objectNode());
        proto.put("autoWrite", true);
        JsonNode w = old.get("weights");
        if (w != null && w.isObject()) {
            ObjectNode nw = ((ObjectNode) w).deepCopy();
            if (!nw.has("neurons")) {
                nw.put("neurons", r * c);
            }
            if (!nw.has("matchesPatterns")) {
                nw.put("matchesPatterns", true);
            }
            out.set("weights", nw);
        } else {
            out.putNull("weights");
        }
        if (old.has("recall")) {
            out.set("recall", old.get("recall"));
        }
        out.putObject("view").putNull("tab");
        out.putNull("lesson");
        return out;
    }
}
