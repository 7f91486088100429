package org.hopfieldstudio.ui.math;

/** The formulas the lessons show, each written once in LaTeX (plain forms derived by {@link TexPlain}). */
public final class Formulas {
    /** DESIGN §3: the local field of a stored pattern splits into signal and crosstalk. */
    public static final Tex CROSSTALK = Tex.of("h_i^{\\nu} = \\sum_{j\\neq i} W_{ij}\\,\\xi_j^{\\nu} "
            + "= \\frac{N-1}{N}\\,\\xi_i^{\\nu} + C_i^{\\nu},\\quad "
            + "C_i^{\\nu} = \\frac{1}{N}\\sum_{j\\neq i}\\sum_{\\mu\\neq\\nu} \\xi_i^{\\mu}\\,\\xi_j^{\\mu}\\,\\xi_j^{\\nu},\\quad "
            + "\\text{bit } i \\text{ of } \\xi^{\\nu} \\text{ flips when } -\\xi_i^{\\nu} C_i^{\\nu} > \\frac{N-1}{N}");
    /** The crosstalk term on the histogram's axis. */
    public static final Tex CROSSTALK_TERM = Tex.of("-\\xi_i^{\\nu} C_i^{\\nu}");
    /** One-step error of Hebb for random patterns. */
    public static final Tex ERROR_THEORY = Tex.of("P_{\\mathrm{error}} = \\frac{1}{2}\\,\\mathrm{erfc}\\left(\\sqrt{\\frac{N}{2p}}\\right)");
    /** Load. */
    public static final Tex LOAD = Tex.of("\\alpha = p/N");

    private Formulas() {
    }
}
