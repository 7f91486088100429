package org.hopfieldstudio.ui.figure;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.function.Predicate;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.hopfieldstudio.io.AtomicFiles;
import org.hopfieldstudio.ui.notify.NoticeBoard;

/**
 * The export context menu of every chart and image view: Copy image, Save PNG (1×, 2×), Save SVG. A save that
 * fails fires {@link FigureEvent#FAILED} on the node with the reason (the window shows it in its status bar); a
 * save that works fires {@link FigureEvent#SAVED}.
 */
public final class FigureExport {
    /** Remembered between saves, so a series of figures lands in one folder. */
    private static File lastDirectory;

    private FigureExport() {
    }

    /** The menu opens on a right-click anywhere on {@code node} (and on the keyboard's menu key). */
    public static ContextMenu install(Node node, Figure figure) {
        return install(node, figure, e -> true);
    }

    /**
     * As {@link #install(Node, Figure)}, for the requests {@code when} accepts (e.g. not a right-click on a grid
     * whose right button paints).
     */
    public static ContextMenu install(Node node, Figure figure, Predicate<ContextMenuEvent> when) {
        ContextMenu menu = menu(node, figure);
        node.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (!when.test(e)) {
                return;
            }
            menu.show(node, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        return menu;
    }

    /** The menu itself (items have ids {@code copyImage}, {@code savePng1}, {@code savePng2}, {@code saveSvg}). */
    public static ContextMenu menu(Node node, Figure figure) {
        ContextMenu menu = new ContextMenu();
        menu.getItems().setAll(items(node, figure));
        menu.getStyleClass().add("figure-menu");
        return menu;
    }

    /**
     * The export items (Copy image, a separator, Save PNG, Save PNG 2×, Save SVG) for a view that has its own context
     * menu and adds them to it.
     */
    public static java.util.List<MenuItem> items(Node node, Figure figure) {
        MenuItem copy = new MenuItem("Copy image");
        copy.setId("copyImage");
        copy.setOnAction(e -> copy(node, figure));
        MenuItem png1 = new MenuItem("Save PNG…");
        png1.setId("savePng1");
        png1.setOnAction(e -> choose(node, figure, "png", 1));
        MenuItem png2 = new MenuItem("Save PNG at 2× (for slides)…");
        png2.setId("savePng2");
        png2.setOnAction(e -> choose(node, figure, "png", 2));
        MenuItem svg = new MenuItem("Save SVG (vector)…");
        svg.setId("saveSvg");
        svg.setOnAction(e -> choose(node, figure, "svg", 1));
        return java.util.List.of(copy, new SeparatorMenuItem(), png1, png2, svg);
    }

    /** Puts the figure (2×) on the system clipboard. */
    public static void copy(Node node, Figure figure) {
        try {
            ClipboardContent c = new ClipboardContent();
            c.putImage(SwingFXUtils.toFXImage(figure.renderPng(2), null));
            Clipboard.getSystemClipboard().setContent(c);
            node.fireEvent(new FigureEvent(FigureEvent.SAVED, "Copied " + figure.figureName() + " as an image.", null));
        } catch (RuntimeException ex) {
            node.fireEvent(new FigureEvent(FigureEvent.FAILED, "Could not copy " + figure.figureName() + ": "
                    + NoticeBoard.reason(ex) + ". Try Save PNG instead.", ex));
        }
    }

    private static void choose(Node node, Figure figure, String ext, double scale) {
        FileChooser fc = new FileChooser();
        fc.setTitle(ext.equals("svg") ? "Save SVG" : scale == 1 ? "Save PNG" : "Save PNG at 2×");
        fc.getExtensionFilters().add(ext.equals("svg") ? new FileChooser.ExtensionFilter("SVG images", "*.svg")
                : new FileChooser.ExtensionFilter("PNG images", "*.png"));
        fc.setInitialFileName(figure.figureName() + (scale == 1 ? "" : "@2x") + "." + ext);
        if (lastDirectory != null && lastDirectory.isDirectory()) {
            fc.setInitialDirectory(lastDirectory);
        }
        Window w = node.getScene() == null ? null : node.getScene().getWindow();
        File f = fc.showSaveDialog(w);
        if (f == null) {
            return;
        }
        lastDirectory = f.getParentFile();
        save(node, figure, f, ext, scale);
    }

    /** Saves and reports the outcome as a {@link FigureEvent} on {@code node}; true when it worked. */
    public static boolean save(Node node, Figure figure, File f, String ext, double scale) {
        try {
            if (ext.equals("svg")) {
                saveSvg(figure, f);
            } else {
                savePng(figure, f, scale);
            }
            node.fireEvent(new FigureEvent(FigureEvent.SAVED, "Saved " + f.getName() + ".", null));
            return true;
        } catch (IOException | RuntimeException ex) {
            node.fireEvent(new FigureEvent(FigureEvent.FAILED, "Could not save " + f + ": " + NoticeBoard.reason(ex)
                    + ". Choose another folder or file name (the figure is still here).", ex));
            return false;
        }
    }

    /** Writes the figure as a PNG at {@code scale}, atomically (a failed save leaves an existing file as it was). */
    public static void savePng(Figure figure, File f, double scale) throws IOException {
        BufferedImage img = figure.renderPng(scale);
        AtomicFiles.write(f.toPath(), tmp -> {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                if (!ImageIO.write(img, "png", out)) {
                    throw new IOException("no PNG writer");
                }
            }
        });
    }

    /** Writes the figure as SVG, atomically. */
    public static void saveSvg(Figure figure, File f) throws IOException {
        String svg = figure.renderSvg();
        AtomicFiles.write(f.toPath(), tmp -> Files.writeString(tmp, svg, StandardCharsets.UTF_8));
    }
}
