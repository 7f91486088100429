package org.hopfieldstudio.ui.math;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Font;

/**
 * Registers JLaTeXMath's TrueType fonts with JavaFX. FXGraphics2D draws JLaTeXMath's glyphs as JavaFX text in
 * the font family JLaTeXMath names (jlm_cmmi10 …); a family JavaFX does not know falls back to the system font and
 * the glyphs come out wrong (JLaTeXMath addresses characters by the Computer Modern code points).
 */
public final class MathFonts {
    private static final String BASE = "/org/scilab/forge/jlatexmath/fonts/";
    /** The fonts our formulas use: maths italic, extension (big operators, radicals), symbols, roman, bold. */
    static final List<String> FONTS = List.of("base/jlm_cmmi10.ttf", "base/jlm_cmex10.ttf", "maths/jlm_cmsy10.ttf",
            "latin/jlm_cmr10.ttf", "latin/optional/jlm_cmbx10.ttf", "base/jlm_cmmib10.ttf", "maths/jlm_cmbsy10.ttf",
            "maths/jlm_msbm10.ttf", "latin/jlm_jlmr10.ttf", "latin/jlm_jlmi10.ttf");
    private static volatile List<String> loaded;

    private MathFonts() {
    }

    /** Loads the fonts once (idempotent, any thread); returns the families JavaFX registered. */
    public static synchronized List<String> register() {
        if (loaded == null) {
            List<String> families = new ArrayList<>();
            for (String f : FONTS) {
                try (InputStream in = MathFonts.class.getResourceAsStream(BASE + f)) {
                    Font font = in == null ? null : Font.loadFont(in, 10);
                    if (font != null) {
                        families.add(font.getFamily());
                    }
                } catch (IOException e) {
                    // N.B. a missing font shows as a wrong glyph, not a failure: the plain form stays in the tooltip
                }
            }
            loaded = List.copyOf(families);
        }
        return loaded;
    }
}
