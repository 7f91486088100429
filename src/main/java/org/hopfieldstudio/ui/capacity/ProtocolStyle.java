package org.hopfieldstudio.ui.capacity;

import java.util.Map;
import javafx.scene.paint.Color;

/**
 * One colour and one short name per protocol, the same in the chart, the legend, the check boxes and the table
 * (Okabe–Ito colours: distinguishable with colour-vision deficiency and on a washed-out projector).
 */
public final class ProtocolStyle {
    private static final Map<String, Color> COLORS = Map.of(
            "hebb", Color.web("#0072B2"),
            "pinv", Color.web("#E69F00"),
            "storkey", Color.web("#009E73"),
            "mpf", Color.web("#D55E00"),
            "trn", Color.web("#56B4E9"),
            "km", Color.web("#CC79A7"));
    private static final Map<String, String> NAMES = Map.of(
            "hebb", "Hebb",
            "pinv", "pseudo-inverse",
            "storkey", "Storkey",
            "mpf", "MPF",
            "trn", "TRN",
            "km", "Krauth–Mézard");

    private ProtocolStyle() {
    }

    public static Color color(String id) {
        Color c = COLORS.get(id);
        if (c != null) {
            return c;
        }
        // a protocol registered later: a stable colour from its name
        return Color.hsb(Math.floorMod(id.hashCode(), 360), 0.7, 0.65);
    }

    public static String shortName(String id) {
        return NAMES.getOrDefault(id, id);
    }
}
