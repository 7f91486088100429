package org.hopfieldstudio.ui;

import java.util.List;
import java.util.concurrent.Executor;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.Seeds;
import org.hopfieldstudio.protocol.WritingProtocol;
import org.hopfieldstudio.ui.census.CensusViewModel;
import org.hopfieldstudio.ui.compare.CompareViewModel;
import org.hopfieldstudio.ui.concurrent.Debouncer;
import org.hopfieldstudio.ui.concurrent.TaskRunner;
import org.hopfieldstudio.ui.grid.GridViewModel;
import org.hopfieldstudio.ui.library.LibraryViewModel;
import org.hopfieldstudio.ui.library.PatternCatalog;
import org.hopfieldstudio.ui.notify.Notice;
import org.hopfieldstudio.ui.notify.NoticeBoard;
import org.hopfieldstudio.ui.notify.StatusModel;
import org.hopfieldstudio.ui.protocol.ProtocolViewModel;
import org.hopfieldstudio.ui.recall.RecallViewModel;
import org.hopfieldstudio.ui.workspace.WorkspaceDocument;
import org.hopfieldstudio.io.DataDir;

/**
 * The composition root of the view models: grid, library, protocol, recall, census, notices. No Nodes; executors and
 * the pattern catalog are injected (the app passes worker threads, tests pass same-thread ones).
 */
public final class StudioModel {
    private final NoticeBoard notices = new NoticeBoard();
    private final StatusModel status = new StatusModel(notices);
    private final GridViewModel grid = new GridViewModel(10, 10);
    private final LibraryViewModel library;
    private final ProtocolViewModel protocol;
    private final RecallViewModel recall;
    private final CensusViewModel census;
    private final org.hopfieldstudio.ui.recall.AnimationExportModel animationExport;
    private final CompareViewModel compare;
    private final WorkspaceDocument document;
    private long randomDraws;

    public StudioModel(TaskRunner tasks, Executor recallWorker, Debouncer debouncer, PatternCatalog catalog,
                       List<WritingProtocol> protocols) {
        // N.B. each view model posts through a board tagged with its view, so the message log names the source
        library = new LibraryViewModel(grid, catalog, notices.forSource("Library"), tasks);
        protocol = new ProtocolViewModel(protocols, library.storedSetProperty(), tasks, debouncer,
                notices.forSource("Protocol"));
        recall = new RecallViewModel(grid, protocol.networkProperty(), library.storedSetProperty(), recallWorker,
                notices.forSource("Recall"));
        census = new CensusViewModel(tasks, protocol.networkProperty(), protocol.writtenFromProperty(),
                protocol.runningProperty(), recall.orderProperty(), recall.seedProperty(), grid,
                notices.forSource("Census"));
        animationExport = new org.hopfieldstudio.ui.recall.AnimationExportModel(tasks, recall,
                notices.forSource("Export"));
        library.selectedProperty().addListener((o, a, b) -> recall.targetProperty().set(b.intValue()));
        grid.setFieldSource(i -> {
            Network net = protocol.network();
            return net == null || net.size() != grid.size() ? Double.NaN : net.field(i, grid.stateUnsafe());
        });
        protocol.networkProperty().addListener((o, a, b) -> grid.setFieldSource(i -> {
            Network net = protocol.network();
            return net == null || net.size() != grid.size() ? Double.NaN : net.field(i, grid.stateUnsafe());
        }));
        // the Compare tab: same grid (cue), same order, seed, clamp and target as the recall
        compare = new CompareViewModel(grid, library.storedSetProperty(), recall.orderProperty(), recall.seedProperty(),
                recall.clampProperty(), recall.targetProperty(), protocols, tasks, recallWorker,
                notices.forSource("Compare"), protocol);
        // N.B. the workspace document observes the view models above; it is created last so it sees them complete
        document = new WorkspaceDocument(grid, library, protocol, recall, notices.forSource("Workspace"), tasks,
                DataDir.resolve(), System::nanoTime);
    }

    /** Side-by-side recall of one cue under several writing protocols (the Compare tab). */
    public CompareViewModel compare() {
        return compare;
    }

    /** The open workspace: file, unsaved changes, undo history, save and open. */
    public WorkspaceDocument document() {
        return document;
    }

    /** Saving the recall animation (GIF or PNG sequence) in the background. */
    public org.hopfieldstudio.ui.recall.AnimationExportModel animationExport() {
        return animationExport;
    }

    public NoticeBoard notices() {
        return notices;
    }

    /** The status bar and message log (latest message, sticky errors, counts). */
    public StatusModel status() {
        return status;
    }

    public GridViewModel grid() {
        return grid;
    }

    public LibraryViewModel library() {
        return library;
    }

    public ProtocolViewModel protocol() {
        return protocol;
    }

    public RecallViewModel recall() {
        return recall;
    }

    public CensusViewModel census() {
        return census;
    }

    /**
     * Fills the grid with random ±1 cells: a new state each time, from a sequence seeded by the recall seed, so the
     * same session repeats the same sequence (defect 10: every click used to give the same state).
     */
    public void randomizeGrid() {
        grid.randomize(Seeds.rng(Seeds.derive(recall.seedProperty().get(), 0x5EED_0000L + ++randomDraws)));
    }

    /** Resizes the grid (blank); refused with a notice while stored patterns of another size exist. */
    public boolean resizeGrid(int side) {
        if (side == grid.rows() && side == grid.cols()) {
            return true;
        }
        if (library.count() > 0 && library.patterns().get(0).size() != side * side) {
            var first = library.patterns().get(0);
            notices.post("Grid", Notice.warning("Grid size unchanged", "The stored patterns are " + first.rows() + "×"
                    + first.cols() + "; one network has one size. Clear the stored patterns (or load a set of "
                    + side + "×" + side + ") first."));
            return false;
        }
        grid.resize(side, side);
        return true;
    }

    /**
     * The first lesson: a bundled set stored under {@code protocolId} (or the first protocol), one pattern shown and
     * corrupted with {@code noise} (seeded). Returns false when the set could not be loaded.
     */
    public boolean startLesson(String setName, String patternName, String protocolId, double noise, long seed) {
        return startLesson(setName, List.of(), patternName, protocolId, noise, seed);
    }

    /**
     * The first lesson with only the patterns named in {@code stored} of the set (all of them when empty).
     *
     * <p>N.B. the default lesson stores A and X, not all 26 letters. The letters share most of their white cells,
     * and Hebb's rule turns that shared background into a strong common attractor: with all 26 (α = 0.26) not
     * even one letter is a fixed point, and with A, T and X a shape the user draws next is recalled from 15 %
     * noise in 0–88 % of runs depending on the shape. With A and X alone, A is repaired from 15 % noise in
     * 500 of 500 seeded runs, and a drawn third pattern (plus, L, ring, smile, diagonal) in 83–100 %.
     */
    public boolean startLesson(String setName, List<String> stored, String patternName, String protocolId,
                               double noise, long seed) {
        if (!library.loadBuiltIn(setName, stored)) {
            return false;
        }
        if (!protocol.select(protocolId) && !protocol.protocols().isEmpty()) {
            protocol.selectedProperty().set(protocol.protocols().get(0));
        }
        int index = Math.max(0, library.storedSet().indexOf(patternName));
        library.showInGrid(index);
        protocol.write();
        recall.noiseProperty().set(noise);
        recall.seedProperty().set(seed);
        byte[] s = grid.state();
        org.hopfieldstudio.core.Noise.flipExactly(s, org.hopfieldstudio.core.Noise.bitsFor(noise, s.length),
                Seeds.rng(Seeds.derive(seed, 1)));
        grid.setState(s, null);
        if (!stored.isEmpty()) {
            String target = library.storedSet().get(index).name();
            recall.showHint("Lesson: " + String.join(" and ", stored) + " are stored under "
                    + protocol.selectedProperty().get().displayName() + "; '" + target + "' has "
                    + org.hopfieldstudio.core.Noise.bitsFor(noise, s.length) + " of its " + s.length
                    + " cells flipped. Press Play (Space) and watch it repaired neuron by neuron. Then draw a shape, "
                    + "Store current, press N and Play.");
        }
        return true;
    }
}
