package org.hopfieldstudio.ui.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Plot text with typeset formulas: parsing, plain form, drawing into SVG as words and vector formulas. */
class MathTextTest {
    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void dollarsMarkFormulasAndThePlainFormReadsAsUnicode() {
        MathText t = MathText.of("load $\\alpha = p/N$");
        assertTrue(t.hasMath());
        assertEquals(List.of("\\alpha = p/N"), t.formulas());
        assertEquals("load α = p/N", t.plain());
        assertEquals("Hebb α_c ≈ 0.138", MathText.of("Hebb $\\alpha_c \\approx 0.138$").plain());
        assertEquals("costs \\$5", MathText.of("costs \\$5").source());
        assertEquals("costs $5", MathText.of("costs \\$5").plain());
        assertFalse(MathText.of("costs \\$5").hasMath());
        assertEquals("one $ alone", MathText.of("one $ alone").plain(), "an unclosed $ is literal");
        assertFalse(MathText.text("a $b$ c").hasMath());
        assertEquals("a $b$ c", MathText.text("a $b$ c").plain());
        assertEquals(MathText.text("a $b$ c"), MathText.of(MathText.text("a $b$ c").source()));
    }

    /** Negative numbers in plot words carry a true minus sign (U+2212) like the ticks; hyphens stay hyphens. */
    @Test
    void negativeNumbersInWordsGetATrueMinusOnScreenAndInSvg() throws Exception {
        assertEquals("random pairs: mean \u22120.3 (0), std 31.4",
                MathText.of("random pairs: mean -0.3 (0), std 31.4").plain());
        assertEquals("\u22121 to +1, (\u22122.5), =\u2212.5, \u22127e-3",
                MathText.minusSigns("-1 to +1, (-2.5), =-.5, -7e-3"));
        for (String kept : List.of("one-step error", "N-1", "2-cycle", "0-5", "pseudo-inverse", "x-2", "f(x)-1")) {
            assertEquals(kept, MathText.minusSigns(kept), kept);
        }
        assertEquals("mean \u22120.3", MathText.text("mean -0.3").plain());
        SvgSketch g = new SvgSketch(300, 60);
        g.setFont(Font.font(14));
        MathText.of("mean -0.3").draw(g, 10, 30, TextAlignment.LEFT, VPos.BASELINE, Color.BLACK);
        String svg = g.toSvg();
        assertTrue(svg.contains("\u22120.3"), svg);
        assertFalse(svg.contains("-0.3"), svg);
    }

    @Test
    void inSvgTheWordsAreTextTheFormulaIsPathsAndTheGroupIsTitledWithThePlainForm() throws Exception {
        SvgSketch g = new SvgSketch(300, 60);
        g.setFont(Font.font(14));
        Color ink = Color.rgb(200, 10, 30);
        MathText.of("load $\\alpha = p/N$ here").draw(g, 10, 30, TextAlignment.LEFT, VPos.BASELINE, ink);
        String svg = g.toSvg();
        assertFalse(svg.contains("<image"), "no embedded picture of the formula");
        Document d = parse(svg);
        Element group = (Element) d.getElementsByTagName("title").item(0).getParentNode();
        assertEquals("load α = p/N here", group.getElementsByTagName("title").item(0).getTextContent());
        NodeList texts = group.getElementsByTagName("text");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            words.add(texts.item(i).getTextContent());
            assertEquals("#c80a1e", ((Element) texts.item(i)).getAttribute("fill"));
        }
        assertEquals(List.of("load ", " here"), words);
        NodeList paths = group.getElementsByTagName("path");
        assertTrue(paths.getLength() >= 5, "α, =, p, /, N as outlines: " + paths.getLength());
        for (int i = 0; i < paths.getLength(); i++) {
            assertEquals("#c80a1e", ((Element) paths.item(i)).getAttribute("fill"), "formula in the palette's colour");
        }
        // the formula sits between the words: its outlines start right of "load " and end left of " here"
        double[] xs = extentX(svg);
        double wordsX = Double.parseDouble(((Element) texts.item(1)).getAttribute("x"));
        assertTrue(xs[0] > 10 + g.textWidth("load") && xs[1] <= wordsX + 0.5, xs[0] + ".." + xs[1] + " vs " + wordsX);
    }

    @Test
    void formulasScaleWithTheFontSoTheyFollowTheZoom() {
        MathText t = MathText.of("$\\sigma = \\sqrt{p/N}$");
        SvgSketch g = new SvgSketch(400, 100);
        g.setFont(Font.font(13));
        MathText.Metrics small = t.measure(g);
        g.setFont(Font.font(26));
        MathText.Metrics big = t.measure(g);
        assertEquals(2.0, big.width() / small.width(), 0.1);
        assertEquals(2.0, big.height() / small.height(), 0.15);
    }

    @Test
    void aFormulaThatDoesNotParseIsDrawnAsItsPlainForm() throws Exception {
        SvgSketch g = new SvgSketch(300, 60);
        g.setFont(Font.font(14));
        MathText.of("bad $\\nosuchcommand{x}$ end").draw(g, 0, 20, TextAlignment.LEFT, VPos.BASELINE, Color.BLACK);
        Document d = parse(g.toSvg());
        NodeList texts = d.getElementsByTagName("text");
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            all.append(texts.item(i).getTextContent());
        }
        assertTrue(all.toString().startsWith("bad ") && all.toString().endsWith(" end"), all.toString());
        assertEquals(0, d.getElementsByTagName("path").getLength());
    }

    @Test
    void topAndBottomAnchorsKeepTallFormulasInsideTheirLine() {
        SvgSketch g = new SvgSketch(400, 100);
        g.setFont(Font.font(14));
        MathText tall = MathText.of("x $\\sqrt{\\frac{N}{2p}}$");
        MathText.Metrics m = tall.measure(g);
        assertTrue(m.ascent() > g.textAscent(), "the radical rises above the words");
        tall.draw(g, 0, 10, TextAlignment.LEFT, VPos.TOP, Color.BLACK);
        double[] ys = extentY(g.toSvg());
        assertTrue(ys[0] >= 10 - 0.5 && ys[1] <= 10 + m.height() + 0.5, ys[0] + ".." + ys[1]);
    }

    private static double[] extentX(String svg) {
        return extent(svg, 0);
    }

    private static double[] extentY(String svg) {
        return extent(svg, 1);
    }

    /** Min and max of the x (axis 0) or y (axis 1) coordinates in the formula paths' data. */
    private static double[] extent(String svg, int axis) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        Matcher paths = Pattern.compile("<path d=\"([^\"]+)\"").matcher(svg);
        while (paths.find()) {
            Matcher nums = Pattern.compile("-?[0-9.]+").matcher(paths.group(1));
            int k = 0;
            while (nums.find()) {
                if (k++ % 2 == axis) {
                    double v = Double.parseDouble(nums.group());
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return new double[] {lo, hi};
    }
}
