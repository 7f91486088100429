package org.hopfieldstudio.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Result output of the CLI: a table of rows (ordered key → value maps) printed as CSV or JSON, with numbers
 * rounded to 6 significant digits so that columns stay readable.
 */
final class Out {
    /** Output formats of {@code --format}. */
    enum Format {
        CSV, JSON;

        static Format parse(String s) {
            return switch (s.trim().toLowerCase(Locale.ROOT)) {
                case "csv" -> CSV;
                case "json" -> JSON;
                default -> throw new IllegalArgumentException("unknown format '" + s + "'; use csv or json");
            };
        }
    }

    private Out() {
    }

    /** A row that keeps insertion order. */
    static Map<String, Object> row() {
        return new LinkedHashMap<>();
    }

    /**
     * Rows as CSV (header from the first row) or as a JSON array; a single row as a JSON object if {@code single}
     * (whose values may be nested maps and lists of rows in JSON).
     */
    static void print(PrintWriter out, Format format, List<Map<String, Object>> rows, boolean single) {
        if (format == Format.CSV) {
            if (rows.isEmpty()) {
                return;
            }
            out.println(String.join(",", rows.get(0).keySet()));
            for (Map<String, Object> r : rows) {
                List<String> cells = new ArrayList<>();
                for (Object v : r.values()) {
                    cells.add(csv(v));
                }
                out.println(String.join(",", cells));
            }
        } else if (single && rows.size() == 1) {
            out.println(json(rows.get(0), ""));
        } else {
            StringBuilder sb = new StringBuilder("[\n");
            for (int k = 0; k < rows.size(); k++) {
                sb.append("  ").append(jsonInline(rows.get(k))).append(k + 1 < rows.size() ? ",\n" : "\n");
            }
            out.println(sb.append(']'));
        }
        out.flush();
    }

    static String num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    private static String csv(Object v) {
        String s = scalar(v, false);
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    private static String scalar(Object v, boolean json) {
        if (v == null) {
            return json ? "null" : "";
        }
        if (v instanceof Double d) {
            return json && !Double.isFinite(d) ? "null" : num(d);
        }
        if (v instanceof Float f) {
            return scalar(f.doubleValue(), json);
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        return json ? quote(v.toString()) : v.toString();
    }

    static String json(Map<String, Object> m, String indent) {
        StringBuilder sb = new StringBuilder("{\n");
        int k = 0;
        for (Map.Entry<String, Object> e : m.entrySet()) {
            sb.append(indent).append("  ").append(quote(e.getKey())).append(": ").append(value(e.getValue(), indent))
                    .append(++k < m.size() ? ",\n" : "\n");
        }
        return sb.append(indent).append('}').toString();
    }

    /**
     * A value of an object printed at {@code indent}: a nested map as an object, a list as an array with one
     * element per line (maps inline), anything else as a scalar.
     */
    @SuppressWarnings("unchecked")
    private static String value(Object v, String indent) {
        if (v instanceof Map<?, ?> m) {
            return json((Map<String, Object>) m, indent + "  ");
        }
        if (v instanceof List<?> list) {
            if (list.isEmpty()) {
                return "[]";
            }
            StringBuilder sb = new StringBuilder("[\n");
            for (int k = 0; k < list.size(); k++) {
                Object e = list.get(k);
                sb.append(indent).append("    ")
                        .append(e instanceof Map<?, ?> m ? jsonInline((Map<String, Object>) m) : scalar(e, true))
                        .append(k + 1 < list.size() ? ",\n" : "\n");
            }
            return sb.append(indent).append("  ]").toString();
        }
        return scalar(v, true);
    }

    private static String jsonInline(Map<String, Object> m) {
        StringBuilder sb = new StringBuilder("{");
        int k = 0;
        for (Map.Entry<String, Object> e : m.entrySet()) {
            sb.append(quote(e.getKey())).append(": ").append(scalar(e.getValue(), true))
                    .append(++k < m.size() ? ", " : "");
        }
        return sb.append('}').toString();
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
