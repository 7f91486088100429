package org.hopfieldstudio.ui.capacity;

import org.hopfieldstudio.analysis.CapacitySweep;
import org.hopfieldstudio.ui.figure.MathText;

/** Which measurement of a capacity sweep the chart plots against the load α = p/N. */
public enum Metric {
    RECALL("recall fraction", "probes recalled exactly"),
    STABLE("stable fraction", "patterns that are fixed points"),
    OVERLAP("mean overlap", "mean final overlap m");

    private final String label;
    private final String axisLabel;

    Metric(String label, String axisLabel) {
        this.label = label;
        this.axisLabel = axisLabel;
    }

    /** Short name for a toggle, e.g. "recall fraction". */
    public String label() {
        return label;
    }

    /** The chart's y-axis title with its symbols typeset (words and {@code $…$}). */
    public MathText axisTitle() {
        return this == OVERLAP ? MathText.of("mean final overlap $m$") : MathText.text(axisLabel);
    }

    /** The chart's y-axis label. */
    public String axisLabel() {
        return axisLabel;
    }

    public double of(CapacitySweep.Point p) {
        return switch (this) {
            case RECALL -> p.recallFraction();
            case STABLE -> p.stableFraction();
            case OVERLAP -> p.meanOverlap();
        };
    }
}
