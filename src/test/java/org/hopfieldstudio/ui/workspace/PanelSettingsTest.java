package org.hopfieldstudio.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.hopfieldstudio.io.Workspace;
import org.hopfieldstudio.io.WorkspaceFiles;
import org.hopfieldstudio.io.WorkspaceFormatException;
import org.hopfieldstudio.ui.StudioModel;
import org.hopfieldstudio.ui.TestStudio;
import org.hopfieldstudio.ui.capacity.CapacityLabViewModel;
import org.hopfieldstudio.ui.capacity.Metric;
import org.hopfieldstudio.ui.crosstalk.CrosstalkViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Crosstalk and Capacity lab settings are saved with the workspace and come back on open. */
class PanelSettingsTest {
    @TempDir
    Path dir;

    private record Session(StudioModel model, CrosstalkViewModel crosstalk, CapacityLabViewModel capacity) {
    }

    private static Session session() {
        StudioModel m = TestStudio.model();
        assertTrue(m.startLesson("letters", List.of("A", "X"), "A", "hebb", 0.15, 2024));
        CrosstalkViewModel c = new CrosstalkViewModel(Runnable::run, Runnable::run);
        CapacityLabViewModel cap = new CapacityLabViewModel(Runnable::run, Runnable::run);
        PanelSettings.attach(m.document(), c, cap);
        m.document().startFresh();
        return new Session(m, c, cap);
    }

    @Test
    void settingsOfBothTabsRoundTripAndMarkTheWorkspaceChanged() throws IOException {
        Session s = session();
        s.crosstalk().rowsProperty().set(20);
        assertTrue(s.model().document().isDirty(), "a tab setting is part of the workspace");
        s.crosstalk().colsProperty().set(30);
        s.crosstalk().patternsProperty().set(70);
        s.crosstalk().seedProperty().set(99);
        s.crosstalk().useLibraryProperty().set(true);
        s.crosstalk().overlapCellsProperty().set(321);
        s.capacity().neuronsProperty().set(400);
        s.capacity().loadsTextProperty().set("0.05:0.25:0.05");
        s.capacity().trialsTextProperty().set(""); // half-typed: kept as it was
        s.capacity().noiseTextProperty().set("0.2");
        s.capacity().overlayNeuronsTextProperty().set("400, 1600");
        s.capacity().probesProperty().set(20);
        s.capacity().seedTextProperty().set("7");
        s.capacity().basinPatternsProperty().set(12);
        s.capacity().metricProperty().set(Metric.values()[Metric.values().length - 1]);
        s.capacity().panelProperty().set(CapacityLabViewModel.Panel.BASINS);
        s.capacity().select("pinv", "storkey");
        s.capacity().protocol("pinv").maxLoadProperty().set(0.7);
        Path file = dir.resolve("tabs.hopfield");
        s.model().document().save(file, false, ok -> assertTrue(ok));

        Session other = session();
        other.model().document().open(file, ok -> assertTrue(ok));
        assertEquals(20, other.crosstalk().rowsProperty().get());
        assertEquals(30, other.crosstalk().colsProperty().get());
        assertEquals(70, other.crosstalk().patternsProperty().get());
        assertEquals(99, other.crosstalk().seedProperty().get());
        assertTrue(other.crosstalk().useLibraryProperty().get());
        assertEquals(321, other.crosstalk().overlapCellsProperty().get());
        assertEquals(400, other.capacity().neuronsProperty().get());
        assertEquals("0.05:0.25:0.05", other.capacity().loadsTextProperty().get());
        assertEquals("", other.capacity().trialsTextProperty().get());
        assertEquals("0.2", other.capacity().noiseTextProperty().get());
        assertEquals("400, 1600", other.capacity().overlayNeuronsTextProperty().get());
        assertEquals(20, other.capacity().probesProperty().get());
        assertEquals("7", other.capacity().seedTextProperty().get());
        assertEquals(12, other.capacity().basinPatternsProperty().get());
        assertEquals(s.capacity().metricProperty().get(), other.capacity().metricProperty().get());
        assertEquals(CapacityLabViewModel.Panel.BASINS, other.capacity().panelProperty().get());
        assertTrue(other.capacity().protocol("pinv").selectedProperty().get());
        assertTrue(other.capacity().protocol("storkey").selectedProperty().get());
        assertFalse(other.capacity().protocol("hebb").selectedProperty().get());
        assertEquals(0.7, other.capacity().protocol("pinv").maxLoadProperty().get(), 1e-12);
        assertFalse(other.model().document().isDirty(), "opening is not a change");
        assertEquals(s.model().document().snapshot(), other.model().document().snapshot());
    }

    @Test
    void aFileWithoutTabSettingsLeavesTheTabsAsTheyAre() throws IOException {
        Session s = session();
        Workspace ws = s.model().document().snapshot().withPanels(null);
        Path file = dir.resolve("plain.hopfield");
        WorkspaceFiles.write(ws, file, false);
        assertNull(WorkspaceFiles.read(file).workspace().panels());
        Session other = session();
        other.crosstalk().seedProperty().set(5);
        other.model().document().open(file, ok -> assertTrue(ok));
        assertEquals(5, other.crosstalk().seedProperty().get());
    }

    @Test
    void wrongTypesInTheTabSettingsAreRefusedNamingTheField() throws IOException {
        Session s = session();
        Path file = dir.resolve("good.hopfield");
        s.model().document().save(file, false, ok -> assertTrue(ok));
        for (var c : Map.of("\"rows\" : 25", "\"rows\" : \"many\"", "\"selected\" : [", "\"selected\" : [ 3, ",
                "\"useLibrary\" : false", "\"useLibrary\" : \"no\"").entrySet()) {
            Path bad = dir.resolve("bad.hopfield");
            copyWithJson(file, bad, c.getKey(), c.getValue());
            WorkspaceFormatException e = assertThrows(WorkspaceFormatException.class, () -> WorkspaceFiles.read(bad),
                    c.getValue());
            assertTrue(e.getMessage().contains("workspace.json") && (e.getMessage().contains("crosstalk.")
                    || e.getMessage().contains("capacityLab.")), e.getMessage());
        }
    }

    private static void copyWithJson(Path from, Path to, String find, String replace) throws IOException {
        try (ZipFile z = new ZipFile(from.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                byte[] b = z.getInputStream(e).readAllBytes();
                if (e.getName().equals("workspace.json")) {
                    String json = new String(b, StandardCharsets.UTF_8);
                    int at = json.indexOf(find, json.indexOf(find.contains("rows") ? "\"crosstalk\"" : "\"capacityLab\""));
                    if (find.contains("useLibrary")) {
                        at = json.indexOf(find);
                    }
                    assertTrue(at > 0, find + " in " + json);
                    b = (json.substring(0, at) + replace + json.substring(at + find.length()))
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(b);
                out.closeEntry();
            }
        }
    }
}
