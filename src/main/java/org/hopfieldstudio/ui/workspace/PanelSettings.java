package org.hopfieldstudio.ui.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import org.hopfieldstudio.io.Workspace;
import org.hopfieldstudio.ui.capacity.CapacityLabViewModel;
import org.hopfieldstudio.ui.capacity.Metric;
import org.hopfieldstudio.ui.capacity.ProtocolChoice;
import org.hopfieldstudio.ui.crosstalk.CrosstalkViewModel;

/**
 * The Crosstalk and Capacity lab tabs' settings as part of the workspace (issue 8, point 1): read for a save, put back
 * on open, and a change to one marks the workspace changed (not an undo step). Results are not stored: a sweep is
 * run again with Run.
 */
public final class PanelSettings {
    private PanelSettings() {
    }

    /** Connects both tabs' view models to {@code doc}. */
    public static void attach(WorkspaceDocument doc, CrosstalkViewModel crosstalk, CapacityLabViewModel capacity) {
        doc.setPanels(() -> new Workspace.Panels(read(crosstalk), read(capacity)), p -> {
            if (p.crosstalk() != null) {
                apply(p.crosstalk(), crosstalk);
            }
            if (p.capacity() != null) {
                apply(p.capacity(), capacity);
            }
        });
        List<Observable> inputs = new ArrayList<>(List.of(crosstalk.rowsProperty(), crosstalk.colsProperty(),
                crosstalk.patternsProperty(), crosstalk.seedProperty(), crosstalk.useLibraryProperty(),
                crosstalk.overlapCellsProperty(), capacity.neuronsProperty(), capacity.loadsTextProperty(),
                capacity.trialsTextProperty(), capacity.noiseTextProperty(), capacity.seedTextProperty(),
                capacity.overlayNeuronsTextProperty(), capacity.probesProperty(),
                capacity.basinPatternsProperty(), capacity.metricProperty(), capacity.panelProperty()));
        for (ProtocolChoice c : capacity.protocols()) {
            inputs.add(c.selectedProperty());
            inputs.add(c.maxLoadProperty());
        }
        for (Observable o : inputs) {
            o.addListener(x -> doc.changed());
        }
    }

    static Workspace.CrosstalkSettings read(CrosstalkViewModel c) {
        return new Workspace.CrosstalkSettings(c.rowsProperty().get(), c.colsProperty().get(),
                c.patternsProperty().get(), c.seedProperty().get(), c.useLibraryProperty().get(),
                c.overlapCellsProperty().get());
    }

    static Workspace.CapacitySettings read(CapacityLabViewModel c) {
        List<String> selected = new ArrayList<>();
        Map<String, Double> maxLoads = new LinkedHashMap<>();
        for (ProtocolChoice p : c.protocols()) {
            if (p.selectedProperty().get()) {
                selected.add(p.id());
            }
            maxLoads.put(p.id(), p.maxLoadProperty().get());
        }
        return new Workspace.CapacitySettings(c.neuronsProperty().get(), c.overlayNeuronsTextProperty().get(),
                c.loadsTextProperty().get(), c.trialsTextProperty().get(), c.probesProperty().get(),
                c.noiseTextProperty().get(), c.seedTextProperty().get(),
                c.basinPatternsProperty().get(), c.metricProperty().get().name(), c.panelProperty().get().name(),
                selected, maxLoads);
    }

    static void apply(Workspace.CrosstalkSettings s, CrosstalkViewModel c) {
        c.rowsProperty().set(Math.max(CrosstalkViewModel.MIN_SIDE, Math.min(CrosstalkViewModel.MAX_SIDE, s.rows())));
        c.colsProperty().set(Math.max(CrosstalkViewModel.MIN_SIDE, Math.min(CrosstalkViewModel.MAX_SIDE, s.cols())));
        c.seedProperty().set(s.seed());
        c.useLibraryProperty().set(s.useLibrary());
        c.overlapCellsProperty().set(s.overlapCells());
        c.patternsProperty().set(Math.max(0, Math.min(CrosstalkViewModel.maxPatternsFor(c.neurons()), s.patterns())));
    }

    static void apply(Workspace.CapacitySettings s, CapacityLabViewModel c) {
        c.neuronsProperty().set(s.neurons());
        c.loadsTextProperty().set(s.loads());
        c.trialsTextProperty().set(s.trials());
        c.overlayNeuronsTextProperty().set(s.overlayNeurons());
        c.probesProperty().set(s.probes());
        c.noiseTextProperty().set(s.noise());
        c.seedTextProperty().set(s.seed());
        c.basinPatternsProperty().set(s.basinPatterns());
        for (Metric m : Metric.values()) {
            if (m.name().equals(s.metric())) {
                c.metricProperty().set(m);
            }
        }
        for (CapacityLabViewModel.Panel p : CapacityLabViewModel.Panel.values()) {
            if (p.name().equals(s.panel())) {
                c.panelProperty().set(p);
            }
        }
        for (ProtocolChoice p : c.protocols()) {
            p.selectedProperty().set(s.selected().contains(p.id()));
            Double max = s.maxLoads().get(p.id());
            if (max != null && Double.isFinite(max) && max > 0) {
                p.maxLoadProperty().set(max);
            }
        }
    }
}
