package org.hopfieldstudio.ui.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.stream.Stream;
import org.hopfieldstudio.protocol.Protocols;
import org.hopfieldstudio.protocol.WritingProtocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scilab.forge.jlatexmath.TeXIcon;

class TexTest {
    static Stream<WritingProtocol> protocols() {
        return Protocols.all().stream();
    }

    @ParameterizedTest
    @MethodSource("protocols")
    void everyProtocolRuleIsValidLatexThatInksPixels(WritingProtocol p) throws Exception {
        assertNotNull(p.formulaLatex(), p.id() + " has a LaTeX rule");
        Tex t = new Tex(p.formulaLatex(), p.formula());
        assertTrue(t.valid(), p.id() + ": " + p.formulaLatex());
        TeXIcon icon = t.icon(20, -1, Color.BLACK);
        assertTrue(icon.getIconWidth() > 100 && icon.getIconHeight() > 15);
        BufferedImage img = new BufferedImage(icon.getIconWidth(), icon.getIconHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        icon.paintIcon(null, g, 0, 0);
        g.dispose();
        int inked = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                inked += (img.getRGB(x, y) >>> 24) > 128 ? 1 : 0;
            }
        }
        assertTrue(inked > 200, "glyphs drawn: " + inked);
        if (Boolean.getBoolean("tex.dump")) {
            javax.imageio.ImageIO.write(img, "png", new java.io.File("target/tex-" + p.id() + ".png"));
        }
    }

    @Test
    void aNarrowWidthBreaksALongRuleIntoTallerLines() {
        Tex t = Tex.of(Protocols.byId("storkey").formulaLatex());
        TeXIcon one = t.icon(20, -1, Color.BLACK);
        TeXIcon narrow = t.icon(20, one.getIconWidth() / 3.0, Color.BLACK);
        assertTrue(narrow.getIconWidth() < one.getIconWidth() * 0.8, narrow.getIconWidth() + " vs " + one.getIconWidth());
        assertTrue(narrow.getIconHeight() > one.getIconHeight() * 1.3);
    }

    @Test
    void iconScalesWithTheFontSize() {
        Tex t = Tex.of("\\alpha = \\frac{p}{N}");
        TeXIcon small = t.icon(15, -1, Color.BLACK);
        TeXIcon big = t.icon(30, -1, Color.BLACK);
        assertEquals(2.0, (double) big.getIconHeight() / small.getIconHeight(), 0.2);
        assertEquals(2.0, (double) big.getIconWidth() / small.getIconWidth(), 0.2);
    }

    @Test
    void invalidLatexIsReportedNotThrown() {
        assertFalse(Tex.of("\\nosuchcommand{x}").valid());
    }

    @Test
    void plainFormReadsLikeTheHandWrittenOnes() {
        assertEquals("α = p/N", TexPlain.toPlain("\\alpha = \\frac{p}{N}"));
        assertEquals("½ erfc(√(N/2p))".replace("½", "1/2"), TexPlain.toPlain("\\frac{1}{2}\\,\\mathrm{erfc}\\left(\\sqrt{\\frac{N}{2p}}\\right)"));
        assertEquals("h_ij^ν = Σ_{k≠i,j} w_ik ξ_k^ν", TexPlain.toPlain("h_{ij}^{\\nu} = \\sum_{k\\neq i,j} w_{ik}\\,\\xi_k^{\\nu}"));
        assertEquals("W = ΞΞᵀ/N", TexPlain.toPlain("W = \\Xi\\Xi^{\\top}/N"));
    }
}
