package org.hopfieldstudio.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When autosave writes: an injected clock, no sleeps. */
class AutosavePolicyTest {
    private static final long S = 1_000_000_000L;

    @Test
    void writesAtMostEveryIntervalWhileThereAreUnsavedChanges() {
        AutosavePolicy p = new AutosavePolicy(30 * S, 0, 0);
        assertFalse(p.due(40 * S, false, 0, 0), "nothing unsaved: nothing to write");
        assertFalse(p.due(29 * S, true, 1, 0), "not before the interval");
        assertTrue(p.due(30 * S, true, 1, 0));
        p.started(30 * S, 1, 0);
        assertFalse(p.due(31 * S, true, 2, 0), "one write at a time");
        p.finished(true);
        assertFalse(p.due(59 * S, true, 2, 0), "the interval counts from the last write");
        assertTrue(p.due(60 * S, true, 2, 0));
        assertFalse(p.due(90 * S, true, 1, 0), "the changes written last are not written again");
    }

    @Test
    void aNewWIsWrittenAfterTheShortGapNotTheInterval() {
        AutosavePolicy p = new AutosavePolicy(30 * S, 0, 5);
        assertFalse(p.due(1 * S, true, 1, 6), "not within the minimum gap");
        assertTrue(p.due(2 * S, true, 1, 6), "a new W (e.g. after training) is protected at once");
        p.started(2 * S, 1, 6);
        p.finished(true);
        assertFalse(p.due(10 * S, true, 2, 6), "the same W again: back to the interval");
        assertTrue(p.due(10 * S, true, 2, 7));
    }

    @Test
    void aFailedWriteIsRetriedAfterTheInterval() {
        AutosavePolicy p = new AutosavePolicy(10 * S, 0, 0);
        p.started(10 * S, 3, 0);
        p.finished(false);
        assertFalse(p.due(15 * S, true, 3, 0));
        assertTrue(p.due(20 * S, true, 3, 0), "the same changes are still unprotected");
    }

    @Test
    void theIntervalPropertyIsCheckedAndDefaultsTo30Seconds() {
        StringBuilder problems = new StringBuilder();
        assertTrue(Autosave.intervalNanos(null, problems::append) == 30 * S);
        assertTrue(Autosave.intervalNanos("0.5", problems::append) == S / 2);
        assertTrue(problems.isEmpty());
        assertTrue(Autosave.intervalNanos("soon", problems::append) == 30 * S);
        assertTrue(problems.toString().contains("hopfield.autosaveSeconds=soon"), problems.toString());
        assertTrue(Autosave.intervalNanos("0", s -> { }) == 30 * S);
        assertThrows(IllegalArgumentException.class, () -> new AutosavePolicy(0, 0, 0));
    }
}
