package org.hopfieldstudio.ui.workspace;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.hopfieldstudio.io.DataDir;
import org.hopfieldstudio.io.RecoveryStore;
import org.hopfieldstudio.ui.StudioModel;
import org.hopfieldstudio.ui.TestStudio;

/**
 * A session that autosaves and never exits by itself, for {@link AutosaveCrashTest}: it stores the letters A, X and
 * O under Hebb, then keeps editing the grid while the real {@link Autosave} writes snapshots (interval from
 * {@code -Dhopfield.autosaveSeconds}, data dir from {@code -Dhopfield.dataDir}) on its own thread. The main thread
 * plays the FX thread: it runs the results posted back and ticks the autosave. Each snapshot written is printed as
 * {@code autosaved <path>} on stdout; the test kills the process.
 */
public final class AutosaveCrashMain {
    private AutosaveCrashMain() {
    }

    public static void main(String[] args) throws Exception {
        StudioModel m = TestStudio.model();
        if (!m.startLesson("letters", List.of("A", "X", "O"), "A", "hebb", 0.15, 2024)) {
            throw new IllegalStateException("the letters did not load");
        }
        m.document().startFresh();
        LinkedBlockingQueue<Runnable> fx = new LinkedBlockingQueue<>();
        ExecutorService writer = Executors.newSingleThreadExecutor();
        long interval = Autosave.intervalNanos(System.getProperty(Autosave.PROPERTY), System.err::println);
        Autosave autosave = new Autosave(m.document(), RecoveryStore.forThisProcess(DataDir.resolve()), interval,
                writer, fx::add, System::nanoTime, Instant::now, m.notices());
        autosave.lastWrittenProperty().addListener((o, a, p) -> {
            System.out.println("autosaved " + p);
            System.out.flush();
        });
        m.recall().seedProperty().set(4242); // the first change: from now on there is work to lose
        int cell = 0;
        long nextEdit = System.nanoTime();
        while (true) {
            Runnable r = fx.poll(20, TimeUnit.MILLISECONDS);
            if (r != null) {
                r.run();
            }
            if (System.nanoTime() >= nextEdit) {
                m.grid().toggle(cell++ % m.grid().size());
                nextEdit = System.nanoTime() + 100_000_000L;
            }
            autosave.tick();
        }
    }

    /** The data dir the child writes to (for the test). */
    static Path recoveryFolder(Path dataDir) {
        return dataDir.resolve(RecoveryStore.FOLDER);
    }
}
