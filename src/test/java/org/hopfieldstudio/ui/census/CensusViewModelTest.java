package org.hopfieldstudio.ui.census;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hopfieldstudio.analysis.AttractorCensus;
import org.hopfieldstudio.analysis.EndState;
import org.hopfieldstudio.ui.StudioModel;
import org.hopfieldstudio.ui.TestStudio;
import org.junit.jupiter.api.Test;

/** The census view model with a same-thread runner: no toolkit, every census finishes inside run(). */
class CensusViewModelTest {
    private static StudioModel axHebb() {
        StudioModel m = TestStudio.model();
        assertTrue(m.protocol().select("hebb"));
        assertTrue(m.library().loadBuiltIn("letters", List.of("A", "X")));
        m.protocol().write();
        assertNotNull(m.protocol().network());
        return m;
    }

    private static AttractorCensus.Result census(StudioModel m, int starts) {
        m.census().startsProperty().set(starts);
        m.census().run();
        assertFalse(m.census().runningProperty().get());
        AttractorCensus.Result r = m.census().resultProperty().get();
        assertNotNull(r, m.census().statusProperty().get());
        return r;
    }

    @Test
    void countsOfAHundredStartsSumToAHundred() {
        AttractorCensus.Result r = census(axHebb(), 100);
        assertEquals(100, r.starts());
        assertEquals(100, r.attractors().stream().mapToInt(AttractorCensus.Entry::count).sum());
        assertEquals(100, r.byKind().values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void letterAUnderHebbIsFoundAsStoredPatternOrItsInverse() {
        StudioModel m = axHebb();
        census(m, 100);
        assertTrue(m.census().rows().stream().anyMatch(row -> "A".equals(row.endState().patternName())
                        && (row.endState().kind() == EndState.Kind.STORED || row.endState().kind() == EndState.Kind.INVERSE)),
                () -> m.census().rows().stream().map(CensusRow::label).toList().toString());
    }

    @Test
    void rowsAreSortedByCountAndListAtMostTwelve() {
        StudioModel m = axHebb();
        census(m, 100);
        List<CensusRow> rows = m.census().rows();
        assertFalse(rows.isEmpty());
        assertTrue(rows.size() <= CensusViewModel.MAX_ROWS);
        for (int k = 1; k < rows.size(); k++) {
            assertTrue(rows.get(k - 1).count() >= rows.get(k).count());
            assertEquals(k + 1, rows.get(k).rank());
        }
        assertEquals(10, rows.get(0).rows());
        assertEquals(100, rows.get(0).state().length);
    }

    @Test
    void totalsNameEachKindThatOccurredWithItsPercentage() {
        StudioModel m = axHebb();
        AttractorCensus.Result r = census(m, 100);
        String totals = m.census().totalsTextProperty().get();
        int stored = r.byKind().get(EndState.Kind.STORED);
        if (stored > 0) {
            assertTrue(totals.contains("stored " + CensusViewModel.percent(stored / 100.0)), totals);
        }
        assertFalse(totals.isEmpty());
    }

    @Test
    void sameSeedGivesTheSameCensus() {
        StudioModel m = axHebb();
        m.recall().seedProperty().set(7);
        AttractorCensus.Result a = census(m, 100);
        AttractorCensus.Result b = census(m, 100);
        assertEquals(a.attractors().size(), b.attractors().size());
        for (int k = 0; k < a.attractors().size(); k++) {
            assertEquals(a.attractors().get(k).count(), b.attractors().get(k).count());
            assertEquals(a.attractors().get(k).endState(), b.attractors().get(k).endState());
            assertArrayEquals(a.attractors().get(k).state(), b.attractors().get(k).state());
        }
        StudioModel other = axHebb();
        other.recall().seedProperty().set(7);
        assertEquals(a.byKind(), census(other, 100).byKind(), "a fresh model with the same seed agrees");
    }

    @Test
    void withoutANetworkTheCensusExplainsInsteadOfFailing() {
        StudioModel m = TestStudio.model();
        m.census().run();
        assertFalse(m.census().runningProperty().get());
        assertNull(m.census().resultProperty().get());
        assertTrue(m.census().rows().isEmpty());
        assertTrue(m.census().statusProperty().get().startsWith("No network yet"), m.census().statusProperty().get());
        assertTrue(m.notices().notices().isEmpty());
    }

    @Test
    void startsOutsideTheRangeAreRefusedWithAMessage() {
        StudioModel m = axHebb();
        m.census().startsProperty().set(0);
        m.census().run();
        assertNull(m.census().resultProperty().get());
        assertTrue(m.census().statusProperty().get().contains("between 1 and"), m.census().statusProperty().get());
    }

    @Test
    void clickingAnEndStateLoadsItIntoTheGrid() {
        StudioModel m = axHebb();
        census(m, 100);
        CensusRow last = m.census().rows().get(m.census().rows().size() - 1);
        m.census().show(last);
        assertArrayEquals(last.state(), m.grid().state());
        assertTrue(m.census().statusProperty().get().contains("is in the grid"));
    }

    @Test
    void percentagesKeepSmallAndNearlyFullFractionsApartFromZeroAndAll() {
        assertEquals("0.5 %", CensusViewModel.percent(0.005));
        assertEquals("61 %", CensusViewModel.percent(0.61));
        assertEquals("25.5 %", CensusViewModel.percent(0.255));
        assertEquals("< 0.1 %", CensusViewModel.percent(0.0001));
        assertEquals("99.5 %", CensusViewModel.percent(0.995));
        assertEquals("100 %", CensusViewModel.percent(1.0));
        assertEquals("0 %", CensusViewModel.percent(0));
    }
}
