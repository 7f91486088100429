package org.hopfieldstudio.ui.math;

import java.util.Map;

/**
 * A readable Unicode form of the LaTeX our formulas use ({@code \alpha} → α, {@code \frac{a}{b}} → a/b,
 * {@code \sqrt{x}} → √(x), {@code x^{\top}} → xᵀ); sub- and superscripts stay as {@code _} and {@code ^}.
 * Not a LaTeX interpreter: unknown commands lose their backslash.
 */
public final class TexPlain {
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
            Map.entry("epsilon", "ε"), Map.entry("eta", "η"), Map.entry("theta", "θ"), Map.entry("kappa", "κ"),
            Map.entry("lambda", "λ"), Map.entry("mu", "μ"), Map.entry("nu", "ν"), Map.entry("xi", "ξ"),
            Map.entry("pi", "π"), Map.entry("rho", "ρ"), Map.entry("sigma", "σ"), Map.entry("tau", "τ"),
            Map.entry("phi", "φ"), Map.entry("chi", "χ"), Map.entry("psi", "ψ"), Map.entry("omega", "ω"),
            Map.entry("Xi", "Ξ"), Map.entry("Sigma", "Σ"), Map.entry("Delta", "Δ"), Map.entry("Omega", "Ω"),
            Map.entry("sum", "Σ"), Map.entry("prod", "Π"), Map.entry("cdot", "·"), Map.entry("times", "×"),
            Map.entry("neq", "≠"), Map.entry("ne", "≠"), Map.entry("leq", "≤"), Map.entry("le", "≤"),
            Map.entry("geq", "≥"), Map.entry("ge", "≥"), Map.entry("approx", "≈"), Map.entry("to", "→"),
            Map.entry("leftarrow", "←"), Map.entry("gets", "←"), Map.entry("rightarrow", "→"),
            Map.entry("infty", "∞"), Map.entry("pm", "±"), Map.entry("top", "ᵀ"), Map.entry("dots", "…"),
            Map.entry("ldots", "…"), Map.entry("cdots", "…"), Map.entry("ln", "ln"), Map.entry("exp", "exp"),
            Map.entry("tanh", "tanh"), Map.entry("min", "min"), Map.entry("max", "max"), Map.entry("quad", "   "),
            Map.entry("qquad", "    "), Map.entry("lVert", "‖"), Map.entry("rVert", "‖"), Map.entry("Vert", "‖"),
            Map.entry("left", ""), Map.entry("right", ""), Map.entry("displaystyle", ""), Map.entry("partial", "∂"),
            Map.entry("nabla", "∇"), Map.entry("in", "∈"), Map.entry("sim", "∼"), Map.entry("equiv", "≡"),
            Map.entry("mathrm", ""), Map.entry("text", ""), Map.entry("mathit", ""), Map.entry("mathbf", ""),
            Map.entry("operatorname", ""), Map.entry("erfc", "erfc"), Map.entry("langle", "⟨"),
            Map.entry("rangle", "⟩"), Map.entry("prime", "′"), Map.entry("ast", "*"));

    private TexPlain() {
    }

    public static String toPlain(String latex) {
        StringBuilder out = new StringBuilder();
        convert(latex, 0, latex.length(), out);
        return out.toString().replaceAll("[ ]{2,}", "  ").trim();
    }

    private static void convert(String s, int from, int to, StringBuilder out) {
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c == '\\') {
                int j = i + 1;
                if (j < to && !Character.isLetter(s.charAt(j))) {
                    char d = s.charAt(j);
                    out.append(d == ',' || d == ';' || d == ':' || d == '!' || d == ' ' ? (d == '!' ? "" : " ")
                            : d == '\\' ? "\n" : String.valueOf(d));
                    i = j + 1;
                    continue;
                }
                while (j < to && Character.isLetter(s.charAt(j))) {
                    j++;
                }
                String name = s.substring(i + 1, j);
                i = j;

                if (name.equals("frac")) {
                    int[] a = group(s, i, to);
                    int[] b = group(s, a[2], to);
                    out.append(wrapped(s, a)).append('/').append(wrapped(s, b));
                    i = b[2];
                } else if (name.equals("sqrt")) {
                    int[] a = group(s, i, to);
                    out.append('√').append(wrapped(s, a));
                    i = a[2];
                } else if (name.equals("begin") || name.equals("end")) {
                    int[] a = group(s, i, to);
                    i = a[2];
                    if (i < to && s.charAt(i) == '{' && name.equals("begin")) {
                        i = group(s, i, to)[2]; // column spec of array
                    }
                } else {
                    out.append(SYMBOLS.getOrDefault(name, name));
                }
            } else if (c == '{' || c == '}' || c == '&') {
                i++;
            } else if ((c == '^' || c == '_') && i + 1 < to) {
                int[] a = group(s, i + 1, to);
                String inner = sub(s, a);
                if (c == '^' && (inner.equals("ᵀ") || inner.equals("T"))) {
                    out.append('ᵀ');
                } else if (c == '^' && inner.equals("+")) {
                    out.append('⁺');
                } else if (c == '^' && inner.equals("-1")) {
                    out.append("⁻¹");
                } else if (c == '^' && inner.equals("2")) {
                    out.append('²');
                } else {
                    out.append(c).append(inner.matches("[\\p{L}\\p{N}*′]*") ? inner : "{" + inner + "}");
                }
                i = a[2];
            } else if (c == '~') {
                out.append(' ');
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
    }

    /** A group at {@code i}: {start, end, next} of a braced group's inside, or of one token. */
    private static int[] group(String s, int i, int to) {
        while (i < to && s.charAt(i) == ' ') {
            i++;
        }
        if (i >= to) {
            return new int[] {i, i, i};
        }
        if (s.charAt(i) == '{') {
            int depth = 0;
            for (int j = i; j < to; j++) {
                if (s.charAt(j) == '{') {
                    depth++;
                } else if (s.charAt(j) == '}' && --depth == 0) {
                    return new int[] {i + 1, j, j + 1};
                }
            }
            return new int[] {i + 1, to, to};
        }
        if (s.charAt(i) == '\\') {
            int j = i + 1;
            while (j < to && Character.isLetter(s.charAt(j))) {
                j++;
            }
            return new int[] {i, Math.max(j, i + 2), Math.max(j, i + 2)};
        }
        return new int[] {i, i + 1, i + 1};
    }

    private static String sub(String s, int[] g) {
        StringBuilder b = new StringBuilder();
        convert(s, g[0], g[1], b);
        return b.toString().replace(" ", ""); // N.B. indices read compactly: k≠i,j
    }

    private static String wrapped(String s, int[] g) {
        String inner = sub(s, g);
        return inner.codePointCount(0, inner.length()) <= 1 || inner.matches("[\\p{L}\\p{N}]+") ? inner : "(" + inner + ")";
    }
}
