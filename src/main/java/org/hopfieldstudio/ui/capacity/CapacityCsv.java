package org.hopfieldstudio.ui.capacity;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.hopfieldstudio.analysis.CapacitySweep;

/**
 * Capacity results as the CLI's {@code hopfield capacity} prints them: the same header and the same number
 * format (integers plain, other numbers to 6 significant digits without trailing zeros), so a file exported
 * from the lab and one from the CLI for the same configuration are identical.
 */
public final class CapacityCsv {
    /** The CLI's header, exactly. */
    public static final String HEADER =
            "protocol,neurons,patterns,load,trials,stable_fraction,recall_fraction,mean_overlap";

    private CapacityCsv() {
    }

    /** Writes the header and one line per point, in the given order, each ending with {@code \n}. */
    public static void write(List<CapacitySweep.Point> points, Appendable out) throws IOException {
        out.append(HEADER).append('\n');
        for (CapacitySweep.Point p : points) {
            out.append(p.protocol()).append(',')
                    .append(Integer.toString(p.neurons())).append(',')
                    .append(Integer.toString(p.patterns())).append(',')
                    .append(num(p.load())).append(',')
                    .append(Integer.toString(p.trials())).append(',')
                    .append(num(p.stableFraction())).append(',')
                    .append(num(p.recallFraction())).append(',')
                    .append(num(p.meanOverlap())).append('\n');
        }
    }

    /** The CLI's {@code basin} header, exactly. */
    public static final String BASIN_HEADER = "protocol,neurons,patterns,distance,trials,recall_fraction,mean_overlap";

    /** Writes the basin header and one line per point, as the CLI's {@code basin} command prints them. */
    public static void writeBasins(List<org.hopfieldstudio.analysis.BasinSweep.Point> points, Appendable out)
            throws IOException {
        out.append(BASIN_HEADER).append('\n');
        for (var p : points) {
            out.append(p.protocol()).append(',')
                    .append(Integer.toString(p.neurons())).append(',')
                    .append(Integer.toString(p.patterns())).append(',')
                    .append(Integer.toString(p.distance())).append(',')
                    .append(Integer.toString(p.trials())).append(',')
                    .append(num(p.recallFraction())).append(',')
                    .append(num(p.meanOverlap())).append('\n');
        }
    }

    /** N.B. the same rule as the CLI's {@code Out.num} (package-private there). */
    static String num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
