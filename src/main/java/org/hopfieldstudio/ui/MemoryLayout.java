package org.hopfieldstudio.ui;

import java.util.function.DoubleSupplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;

/**
 * The Memory tab's columns, reflowing with the window and the zoom (issue 9 point 2, issue 7 defect 5): three
 * columns (patterns and protocol | grid | recall) while the grid keeps at least half of the window's shorter side;
 * otherwise two (grid | one side column whose tabs hold Recall, Patterns &amp; protocol, and the receptive field and
 * census that sit under the grid in the wide layout; the grid's mouse hint becomes its tooltip and an entry of the
 * F1 help), so at 1024×768, at 200 % or on a 1280×720 projector at 175 % the grid stays large and every side panel
 * keeps its full width. Column widths are in em (studio.css), so they follow the zoom.
 */
final class MemoryLayout extends BorderPane {
    static final String SIDE_TABS_ID = "memorySideTabs";
    private final Region patterns;
    private final Node grid;
    private final Region recall;
    private final DoubleSupplier windowShorterSide;
    private final Tab recallTab = new Tab("Recall");
    private final Tab patternsTab = new Tab("Patterns & protocol");
    private final Tab underTab = new Tab("Field & census");
    private final TabPane side = new TabPane(recallTab, patternsTab, underTab);
    private final javafx.scene.layout.VBox center;
    private final Node under;
    private final Node hint;
    private Boolean wide;
    /** Start-up: the narrow layout's side tabs not on show wait for their content ({@link #holdHiddenSideTabs}). */
    private boolean holdHidden;

    MemoryLayout(Region patterns, javafx.scene.layout.VBox grid, Node under, Node hint, Region recall,
            DoubleSupplier windowShorterSide) {
        this.patterns = patterns;
        this.grid = grid;
        this.center = grid;
        this.under = under;
        this.hint = hint;
        this.recall = recall;
        this.windowShorterSide = windowShorterSide;
        side.setId(SIDE_TABS_ID);
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side.getStyleClass().add("memory-side");
        recallTab.setId("recallSideTab");
        patternsTab.setId("patternsSideTab");
        underTab.setId("underSideTab");
        recallTab.setTooltip(new javafx.scene.control.Tooltip("Recall: noise, update order, temperature, Play"));
        patternsTab.setTooltip(new javafx.scene.control.Tooltip(
                "Patterns & protocol: the stored patterns and the learning rule"));
        underTab.setTooltip(new javafx.scene.control.Tooltip(
                "Field & census: a neuron's receptive field (Ctrl+click a cell) and the attractor census"));
        side.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> releaseHiddenSideTabs());
        setCenter(grid);
        BorderPane.setMargin(grid, new Insets(0, 8, 0, 8));
        setPadding(new Insets(8));
        arrange(true);
    }

    /**
     * Start-up (issue 12): in the two-column layout only the side tab on show (Recall) gets its panel before the first
     * frame; the library and protocol panel and the field and census panel are in the scene only from
     * {@link #releaseHiddenSideTabs} on (or as soon as a side tab is selected). A hidden tab's content still costs its
     * CSS and layout: these two are most of the Memory tab's controls.
     */
    void holdHiddenSideTabs() {
        holdHidden = true;
        placeSideTabs();
    }

    /** Puts every side tab's panel in place (after {@link #holdHiddenSideTabs}; idempotent). */
    void releaseHiddenSideTabs() {
        if (holdHidden) {
            holdHidden = false;
            placeSideTabs();
        }
    }

    /** True while a hidden side tab waits for its panel. */
    boolean holdsHiddenSideTabs() {
        return holdHidden && Boolean.FALSE.equals(wide);
    }

    private void placeSideTabs() {
        if (!Boolean.FALSE.equals(wide)) {
            return; // N.B. three columns: the panels are in the columns
        }
        Tab[] tabs = {recallTab, patternsTab, underTab};
        Node[] panels = {recall, patterns, under};
        for (int k = 0; k < tabs.length; k++) {
            Node content = !holdHidden || tabs[k].isSelected() ? panels[k] : null;
            if (tabs[k].getContent() != content) {
                tabs[k].setContent(content);
            }
        }
    }

    /** True while three columns are shown. */
    boolean isWide() {
        return wide;
    }

    /** Shows the side tab holding the recall panel (narrow layout); no-op in the wide layout. */
    void showRecall() {
        side.getSelectionModel().select(recallTab);
    }

    /**
     * N.B. not the sum of three columns' minima: the tab gives this layout the window's real width, and
     * {@link #layoutChildren} then picks two columns when three do not fit.
     */
    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + 16 + 200 + recall.minWidth(-1);
    }

    @Override
    protected void layoutChildren() {
        double gridNeeds = 0.5 * windowShorterSide.getAsDouble();
        double margins = snappedLeftInset() + snappedRightInset() + 16;
        // N.B. a panel held out of the scene at start-up has no CSS yet: its width in em is that of studio.css
        double patternsWidth = patterns.getScene() != null ? patterns.prefWidth(-1) : PATTERNS_PREF_EM * em();
        boolean fits = threeColumnsFit(getWidth(), patternsWidth + recall.prefWidth(-1), gridNeeds);
        arrange(fits);
        if (!fits) {
            sizeSide(getWidth() - margins, gridNeeds);
        }
        super.layoutChildren();
    }

    private boolean threeColumnsFit(double width, double sideColumns, double gridNeeds) {
        return width >= sideColumns + gridNeeds + snappedLeftInset() + snappedRightInset() + 16;
    }

    /**
     * Start-up (issue 12): picks the columns for a layout {@code width} wide in a window whose shorter side is
     * {@code shorterSide}, at {@code em} px to the em, before the window's first CSS pass, from the side columns' widths
     * in studio.css. The side panels then get their CSS once, in their final place: picked in the first layout pass
     * instead, the switch to two columns (most windows with the lessons drawer docked) re-applied the CSS of both side
     * panels and built the side tabs' skin inside that pass. The layout pass still decides; a wrong guess costs only
     * that.
     */
    void prearrange(double width, double shorterSide, double em) {
        arrange(threeColumnsFit(width, (PATTERNS_PREF_EM + RECALL_PREF_EM) * em, 0.5 * shorterSide));
    }

    /** The zoom's em in px. */
    private double em() {
        return org.hopfieldstudio.ui.theme.Theme.of(getScene()).map(org.hopfieldstudio.ui.theme.Theme::rootFontPx)
                .orElse(org.hopfieldstudio.ui.theme.Theme.BASE_FONT_PX);
    }

    /**
     * The narrow layout's side column: as wide as the recall panel would be where that leaves the grid column its
     * half of the shorter window side (and its toolbar's minimum); narrower otherwise (a 1024×768 window at 200 %),
     * its panels reflowing in the width left, but never below {@link #SIDE_FLOOR_EM} em, so that it never covers
     * the grid column (the side column is painted after it).
     */
    private void sizeSide(double width, double gridNeeds) {
        double em = em();
        double gridColumn = Math.max(gridNeeds, center.minWidth(-1) + 16);
        double w = Math.min(recall.prefWidth(-1), width - gridColumn);
        // N.B. no wider than the recall panel's width in the wide layout (its minimum there, 30 em): the rest goes to
        // the grid column, whose toolbar then wraps into fewer rows and leaves the grid more height (1280×720 at
        // 200 %: the grid got 283 px, under half the window's height, beside a side column 120 px wider than needed)
        w = Math.min(w, RECALL_MIN_EM * em);
        w = Math.max(w, SIDE_FLOOR_EM * em);
        if (side.getPrefWidth() != w) {
            side.setPrefWidth(w);
            side.setMinWidth(w);
        }
        nameSideTabs(w);
        // N.B. the panels keep the width they were designed for (their column's minimum) and scroll sideways in
        // a narrower side column; without this their rows ran out of the viewport, cut
        // N.B. the scroll panes themselves no wider than the column (their min width in studio.css, 30 and 23 em, is
        // for the wide layout): at 1024×768 at 200 % the recall pane ran 160 px past the side column's edge, where no
        // scrolling reached ("15 %", the speed and the live plots cut off)
        for (Region column : new Region[] {recall, patterns}) {
            if (column instanceof javafx.scene.control.ScrollPane sp && sp.getContent() instanceof Region c) {
                double designed = (column == recall ? RECALL_MIN_EM : PATTERNS_MIN_EM) * em;
                double min = Math.max(0, designed - 1.5 * em);
                if (c.getMinWidth() != min) {
                    c.setMinWidth(min);
                }
                if (!NARROW_STYLE.equals(column.getStyle())) {
                    column.setStyle(NARROW_STYLE);
                }
            }
        }
    }

    private static final String[] FULL_NAMES = {"Recall", "Patterns & protocol", "Field & census"};
    private static final String[] SHORT_NAMES = {"Recall", "Patterns", "Census"};

    /**
     * The side tabs' headers stay whole (issue 9, session 5: at 1024×768 at 200 % "Field & census" was cut and
     * reached only through the tab pane's overflow menu): their full names where all three fit the column's width
     * {@code w}, else short ones (the tooltips keep the full names). The short names fit the narrowest column,
     * {@link #SIDE_FLOOR_EM} em, at every zoom. The decision uses the full names' widths, so it does not flip back
     * and forth.
     */
    private void nameSideTabs(double w) {
        Tab[] tabs = {recallTab, patternsTab, underTab};
        java.util.List<Node> headers = new java.util.ArrayList<>(side.lookupAll(".tab-header-area .tab"));
        if (headers.size() != tabs.length) {
            return; // N.B. no skin yet: the next layout pass decides
        }
        double need = 0;
        for (int k = 0; k < tabs.length; k++) {
            Node label = headers.get(k).lookup(".tab-label");
            if (!(label instanceof javafx.scene.control.Labeled l) || !(headers.get(k) instanceof Region header)) {
                return;
            }
            // N.B. the header's own width less its present text, plus the full name's
            need += header.prefWidth(-1) - textWidth(tabs[k].getText(), l.getFont())
                    + textWidth(FULL_NAMES[k], l.getFont());
        }
        double room = w - side.snappedLeftInset() - side.snappedRightInset() - 8;
        String[] names = need <= room ? FULL_NAMES : SHORT_NAMES;
        for (int k = 0; k < tabs.length; k++) {
            if (!tabs[k].getText().equals(names[k])) {
                tabs[k].setText(names[k]);
            }
        }
    }

    private static double textWidth(String s, javafx.scene.text.Font f) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(s);
        t.setFont(f);
        return t.getLayoutBounds().getWidth();
    }

    /** The pref widths of #memoryLeft and #memoryRight in studio.css. */
    static final double PATTERNS_PREF_EM = 25.5;
    static final double RECALL_PREF_EM = 34.5;
    /** The min widths of #memoryRight and #memoryLeft in studio.css. */
    private static final double RECALL_MIN_EM = 30;
    private static final double PATTERNS_MIN_EM = 23;
    private static final String NARROW_STYLE = "-fx-min-width: 0;";

    /** The side column never gets narrower than this many em (the recall panel reflows down to it). */
    static final double SIDE_FLOOR_EM = 18;


    private void arrange(boolean threeColumns) {
        if (wide != null && wide == threeColumns) {
            return;
        }
        wide = threeColumns;
        if (threeColumns) {
            recallTab.setContent(null);
            patternsTab.setContent(null);
            underTab.setContent(null);
            setRight(null);
            patterns.setStyle("");
            recall.setStyle("");
            for (Tab t : new Tab[] {recallTab, patternsTab, underTab}) {
                t.setText(FULL_NAMES[java.util.List.of(recallTab, patternsTab, underTab).indexOf(t)]);
            }
            setLeft(patterns);
            setRight(recall);
            if (!center.getChildren().contains(under)) {
                center.getChildren().add(under);
            }
            hint.setVisible(true);
            hint.setManaged(true);
        } else {
            setLeft(null);
            setRight(null);
            center.getChildren().remove(under);
            hint.setVisible(false);
            hint.setManaged(false);
            placeSideTabs();
            // N.B. the side column's width is set in layoutChildren (sizeSide): it never takes the grid's half
            setRight(side);
        }
    }
}
