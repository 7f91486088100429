package org.hopfieldstudio.ui.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GridViewModelTest {
    @Test
    void toggleFlipsOneCellAndCountsAsUserEdit() {
        GridViewModel g = new GridViewModel(5, 5);
        int before = g.editVersionProperty().get();
        g.toggle(7);
        assertEquals(1, g.get(7));
        assertEquals(before + 1, g.editVersionProperty().get());
    }

    @Test
    void showStateRepaintsButIsNotAUserEdit() {
        GridViewModel g = new GridViewModel(5, 5);
        int edits = g.editVersionProperty().get();
        int version = g.versionProperty().get();
        byte[] s = g.state();
        s[0] = 1;
        g.showState(s);
        assertEquals(edits, g.editVersionProperty().get());
        assertEquals(version + 1, g.versionProperty().get());
    }

    @Test
    void shiftWrapsAroundTheEdges() {
        GridViewModel g = new GridViewModel(5, 5);
        g.paint(g.index(0, 4), 1);
        g.shift(0, 1);
        assertEquals(1, g.get(g.index(0, 0)));
    }

    @Test
    void hoverTextShowsIndexPositionStateAndField() {
        GridViewModel g = new GridViewModel(10, 10);
        g.setFieldSource(i -> 0.25);
        g.hoverProperty().set(37);
        String t = g.hoverTextProperty().get();
        assertTrue(t.contains("i = 37") && t.contains("row 3, col 7") && t.contains("h = +0.250"), t);
    }

    @Test
    void sidesOutsideFiveToHundredAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new GridViewModel(4, 10));
        assertThrows(IllegalArgumentException.class, () -> new GridViewModel(10, 101));
    }
}
