package org.hopfieldstudio.ui.lessons;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits lesson text into plain runs and formulas: {@code $…$} inline, {@code $$…$$} displayed on a line of its
 * own; {@code \$} is a literal dollar sign.
 */
final class Formulas {
    private Formulas() {
    }

    /** A run of text: plain, inline formula or display formula (the TeX without its dollars). */
    record Run(String text, boolean formula, boolean display) {
    }

    static List<Run> split(String line) {
        List<Run> runs = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '$') {
                plain.append('$');
                i += 2;
                continue;
            }
            if (c == '$') {
                boolean display = line.startsWith("$$", i);
                String delim = display ? "$$" : "$";
                int close = line.indexOf(delim, i + delim.length());
                if (close < 0) {
                    plain.append(line, i, line.length());
                    break;
                }
                if (plain.length() > 0) {
                    runs.add(new Run(plain.toString(), false, false));
                    plain.setLength(0);
                }
                runs.add(new Run(line.substring(i + delim.length(), close).strip(), true, display));
                i = close + delim.length();
                continue;
            }
            plain.append(c);
            i++;
        }
        if (plain.length() > 0) {
            runs.add(new Run(plain.toString(), false, false));
        }
        return runs;
    }

    /** Whether a {@code $} or {@code $$} on this line has no closing partner. */
    static boolean unbalanced(String line) {
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '$') {
                i += 2;
                continue;
            }
            if (c == '$') {
                String delim = line.startsWith("$$", i) ? "$$" : "$";
                int close = line.indexOf(delim, i + delim.length());
                if (close < 0) {
                    return true;
                }
                i = close + delim.length();
                continue;
            }
            i++;
        }
        return false;
    }
}
