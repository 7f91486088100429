package org.hopfieldstudio.ui;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.hopfieldstudio.ui.theme.Palette;

/**
 * Screenshots of every tab in every palette at the given window sizes and zooms (issue 9: "look at what you built"),
 * taken from the running app (the real start-up state, the real renderer) as scene snapshots. A developer's tool,
 * not a test; run it on a display (Xvfb is fine):
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * xvfb-run -a -s "-screen 0 1920x1080x24" java -Dhopfield.config.dir=/tmp/shots-config \
 *     -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) org.hopfieldstudio.ui.ShotMatrix /tmp/shots \
 *     1024x768 1920x1080
 * </pre>
 * Optional system properties: {@code shots.palettes=dark,projector}, {@code shots.zooms=1,2},
 * {@code shots.tabs=memoryTab,compareTab}, {@code shots.lessons=closed} (closes the Lessons drawer first),
 * {@code shots.fire=#capacityRun} and {@code shots.wait=8000} (buttons pressed on each tab before its picture),
 * {@code shots.scroll=#crosstalkCharts:0.5,#capacityCenter:1} (scroll panes scrolled down, 0 … 1, before it). Files are named {@code <palette>-<w>x<h>-<zoom %>-<tab id>.png}.
 */
public final class ShotMatrix {
    private static String[] args = new String[0];

    private ShotMatrix() {
    }

    public static void main(String[] a) {
        args = a;
        Application.launch(Shots.class, a);
    }

    /** The application (a nested class, so that the launcher's main class is not an Application). */
    public static final class Shots extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        new HopfieldStudioApp().start(stage);
        StudioView view = (StudioView) stage.getScene().getRoot();
        File out = new File(args.length > 0 ? args[0] : "/tmp/shots");
        out.mkdirs();
        List<int[]> sizes = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String[] wh = args[i].split("x");
            sizes.add(new int[] {Integer.parseInt(wh[0]), Integer.parseInt(wh[1])});
        }
        if (sizes.isEmpty()) {
            sizes.add(new int[] {1024, 768});
        }
        List<Palette> palettes = new ArrayList<>();
        for (String p : System.getProperty("shots.palettes", "normal,dark,projector").split(",")) {
            palettes.add(Palette.parse(p).orElseThrow());
        }
        List<Double> zooms = new ArrayList<>();
        for (String z : System.getProperty("shots.zooms", "1,2").split(",")) {
            zooms.add(Double.parseDouble(z));
        }
        String onlyTabs = System.getProperty("shots.tabs", "");
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(3000);
                if ("closed".equals(System.getProperty("shots.lessons"))) {
                    fx(() -> {
                        if (view.isLessonsOpen()) {
                            view.toggleLessons();
                        }
                        return null;
                    });
                }
                for (int[] wh : sizes) {
                    for (Palette p : palettes) {
                        for (double z : zooms) {
                            fx(() -> {
                                stage.setWidth(wh[0]);
                                stage.setHeight(wh[1]);
                                view.theme().paletteProperty().set(p);
                                view.theme().setZoom(z);
                                return null;
                            });
                            List<Tab> tabs = fx(() -> List.copyOf(view.tabs().getTabs()));
                            for (Tab tab : tabs) {
                                if (!onlyTabs.isEmpty() && !List.of(onlyTabs.split(",")).contains(tab.getId())) {
                                    continue;
                                }
                                fx(() -> {
                                    view.tabs().getSelectionModel().select(tab);
                                    return null;
                                });
                                Thread.sleep(1500);
                                // shots.fire=#id,…: buttons pressed on the tab before its picture (a sweep, Play),
                                // then shots.wait ms
                                String fire = System.getProperty("shots.fire", "");
                                if (!fire.isEmpty()) {
                                    fx(() -> {
                                        for (String id : fire.split(",")) {
                                            if (stage.getScene().lookup(id) instanceof javafx.scene.control.ButtonBase b
                                                    && b.isVisible() && !b.isDisabled()) {
                                                b.fire();
                                            }
                                        }
                                        return null;
                                    });
                                    Thread.sleep(Long.getLong("shots.wait", 3000));
                                }
                                // shots.scroll=#id:0.6,…: scroll panes scrolled down (0 … 1) before the picture, to look
                                // at what sits below the fold (Crosstalk's charts at 200 %)
                                String scroll = System.getProperty("shots.scroll", "");
                                if (!scroll.isEmpty()) {
                                    fx(() -> {
                                        for (String item : scroll.split(",")) {
                                            String[] kv = item.split(":");
                                            if (stage.getScene().lookup(kv[0]) instanceof javafx.scene.control.ScrollPane sp
                                                    && sp.isVisible()) {
                                                sp.setVvalue(Double.parseDouble(kv[1]));
                                            }
                                        }
                                        return null;
                                    });
                                    Thread.sleep(800);
                                }
                                String name = String.format(Locale.ROOT, "%s-%dx%d-%d-%s.png", p.id(), wh[0], wh[1],
                                        Math.round(z * 100), tab.getId());
                                String dump = System.getProperty("shots.dump");
                                if (dump != null) {
                                    fx(() -> {
                                        javafx.scene.Node n = stage.getScene().lookup(dump);
                                        if (n != null) {
                                            dump(n, 0);
                                        }
                                        return null;
                                    });
                                }
                                // N.B. the layout test's checks on the real window, beside each picture
                                List<String> problems = fx(() -> {
                                    List<String> found = new ArrayList<>();
                                    LayoutFxTest.check(view, name, found);
                                    return found;
                                });
                                problems.stream().distinct().forEach(s -> System.out.println("  problem: " + s));
                                var img = fx(() -> stage.getScene().snapshot(null));
                                ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", new File(out, name));
                                System.out.println("saved " + new File(out, name));
                            }
                        }
                    }
                }
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                Platform.exit();
                System.exit(0);
            }
        }, "shots");
        t.setDaemon(true);
        t.start();
    }
    }

    /** Sizes of a node and its children, for layout debugging ({@code -Dshots.dump=#id}). */
    private static void dump(javafx.scene.Node n, int depth) {
        if (depth > 6) {
            return;
        }
        String s = "  ".repeat(depth) + n.getClass().getSimpleName() + " " + n.getId() + " " + n.getLayoutBounds();
        if (n instanceof javafx.scene.layout.Region r) {
            s += String.format(Locale.ROOT, " minH %.0f prefH %.0f minHAtWidth %.0f bias %s minW %.0f prefW %.0f",
                    r.minHeight(-1), r.prefHeight(-1), r.minHeight(r.getWidth()), r.getContentBias(), r.minWidth(-1),
                    r.prefWidth(-1));
        }
        System.out.println(s);
        if (n instanceof javafx.scene.Parent p) {
            for (javafx.scene.Node c : p.getChildrenUnmodifiable()) {
                dump(c, depth + 1);
            }
        }
    }

    private static <T> T fx(Supplier<T> s) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(s.get());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(30, TimeUnit.SECONDS);
    }
}
