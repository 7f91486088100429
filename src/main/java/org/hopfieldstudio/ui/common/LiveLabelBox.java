package org.hopfieldstudio.ui.common;

import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * Holds a label whose text changes every animation frame (a live read-out such as the recall's step line) so that a
 * new text lays out the label alone, not the panels around it. A label that changes its text asks every ancestor up
 * to the scene's root for a new layout, and the recall column then measured all its controls again each frame
 * (issue 9: the frame rate at 200 %). Here the label is this box's unmanaged child, so a layout root of its own;
 * the box asks its parent for a layout only when the new text needs a different height at the box's width (another
 * line), so the column looks exactly as with the bare label. The label fills the box's width; its text, style
 * classes and id stay on the label.
 */
public final class LiveLabelBox extends Region {
    private final Label label;
    /** The label's height for the width it was last laid out at, and that width (−1: not laid out yet). */
    private double height = -1;
    private double width = -1;

    public LiveLabelBox(Label label) {
        this.label = label;
        label.setManaged(false);
        getChildren().add(label);
        label.textProperty().addListener((o, a, b) -> textChanged(a, b));
        // N.B. anything else that changes the label's size (font, padding, CSS): check at the next layout pass
        label.needsLayoutProperty().addListener((o, a, dirty) -> {
            if (dirty) {
                setNeedsLayout(true);
            }
        });
    }

    public Label label() {
        return label;
    }

    private void textChanged(String before, String after) {
        boolean emptyChanged = (before == null || before.isEmpty()) != (after == null || after.isEmpty());
        if (emptyChanged || width < 0 || labelHeight(width) != height) {
            requestLayout();
        }
    }

    private double labelHeight(double w) {
        return snapSizeY(Math.max(label.minHeight(w), label.prefHeight(w)));
    }

    @Override
    public Orientation getContentBias() {
        return label.getContentBias();
    }

    @Override
    protected double computeMinWidth(double h) {
        return snappedLeftInset() + label.minWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double h) {
        return snappedLeftInset() + label.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double w) {
        return snappedTopInset() + label.minHeight(inner(w)) + snappedBottomInset();
    }

    @Override
    protected double computePrefHeight(double w) {
        return snappedTopInset() + label.prefHeight(inner(w)) + snappedBottomInset();
    }

    private double inner(double w) {
        return w < 0 ? -1 : Math.max(0, w - snappedLeftInset() - snappedRightInset());
    }

    @Override
    protected void layoutChildren() {
        double w = Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset());
        double h = labelHeight(w);
        if (w == width && h != height) {
            // N.B. at the same width the label needs another height, not by its text (font, CSS): the parent lays the
            // box out again (once: the next pass finds the same height)
            requestLayout();
        }
        width = w;
        height = h;
        // the height the parent gave, as it would have given it to the bare label
        label.resizeRelocate(snappedLeftInset(), snappedTopInset(), w,
                Math.max(0, getHeight() - snappedTopInset() - snappedBottomInset()));
    }
}
