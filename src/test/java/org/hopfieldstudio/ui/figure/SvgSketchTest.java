package org.hopfieldstudio.ui.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgSketchTest {
    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void textIsEscapedAnchoredAndRotatedAsDrawn() throws Exception {
        SvgSketch g = new SvgSketch(200, 100);
        g.setFont(Font.font(14));
        g.setFill(Color.rgb(10, 20, 30));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BASELINE);
        g.save();
        g.translate(10, 50);
        g.rotate(-90);
        g.fillText("x < y & \"z\"", 0, 0);
        g.restore();
        Document d = parse(g.toSvg());
        Element t = (Element) d.getElementsByTagName("text").item(0);
        assertEquals("x < y & \"z\"", t.getTextContent());
        assertEquals("middle", t.getAttribute("text-anchor"));
        assertEquals("#0a141e", t.getAttribute("fill"));
        assertEquals("matrix(0 -1 1 0 10 50)", t.getAttribute("transform"));
    }

    @Test
    void clipsNestAndCloseWithRestoreSoTheDocumentStaysWellFormed() throws Exception {
        SvgSketch g = new SvgSketch(100, 100);
        g.save();
        g.clipRect(10, 10, 50, 50);
        g.setStroke(Color.RED);
        g.setLineDashes(4, 2);
        g.beginPath();
        g.moveTo(0, 0);
        g.lineTo(100, 100);
        g.stroke();
        g.save();
        g.clipRect(20, 20, 5, 5);
        g.fillRect(0, 0, 100, 100);
        // N.B. one restore missing: toSvg closes the open groups
        Document d = parse(g.toSvg());
        assertEquals(2, d.getElementsByTagName("clipPath").getLength());
        Element path = (Element) d.getElementsByTagName("path").item(0);
        assertEquals("4,2", path.getAttribute("stroke-dasharray"));
        assertTrue(((Element) path.getParentNode()).getAttribute("clip-path").startsWith("url(#clip"));
    }

    @Test
    void aTypesetFormulaIsWrittenAsVectorPathsUnderTheTransformNotAsAnImage() throws Exception {
        org.scilab.forge.jlatexmath.TeXIcon icon = org.hopfieldstudio.ui.math.Tex.of("P = \\frac{1}{2}\\,\\mathrm{erfc}(\\sqrt{N/2p})")
                .inlineIcon(20, java.awt.Color.BLUE);
        SvgSketch g = new SvgSketch(400, 200);
        g.save();
        g.translate(100, 50);
        g.drawTex(icon, 10, 5);
        g.restore();
        String svg = g.toSvg();
        assertTrue(!svg.contains("<image"), "no <image> for a formula");
        Document d = parse(svg);
        Element formula = (Element) d.getElementsByTagName("g").item(0);
        assertEquals("formula", formula.getAttribute("class"));
        org.w3c.dom.NodeList paths = formula.getElementsByTagName("path");
        assertEquals(TexOutlines.of(icon).size(), paths.getLength());
        assertTrue(paths.getLength() >= 10, "a path per glyph and rule: " + paths.getLength());
        for (int i = 0; i < paths.getLength(); i++) {
            Element p = (Element) paths.item(i);
            assertEquals("#0000ff", p.getAttribute("fill"));
            // every coordinate inside the icon's box, moved by the translation and the position
            String[] nums = p.getAttribute("d").replaceAll("[MLQCZ]", " ").trim().split("\\s+");
            for (int k = 0; k + 1 < nums.length; k += 2) {
                double x = Double.parseDouble(nums[k]);
                double y = Double.parseDouble(nums[k + 1]);
                assertTrue(x >= 110 - 1 && x <= 110 + icon.getTrueIconWidth() + 1, "x " + x);
                assertTrue(y >= 55 - 1 && y <= 55 + icon.getTrueIconHeight() + 1, "y " + y);
            }
        }
    }
}
