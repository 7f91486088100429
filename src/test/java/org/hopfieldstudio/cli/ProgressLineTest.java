package org.hopfieldstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressLineTest {
    private final StringWriter sink = new StringWriter();

    private ProgressLine line() {
        return new ProgressLine(new PrintWriter(sink), (done, total) -> "work " + done + "/" + total);
    }

    @Test
    void firstReportIsShownAtOnceAndCloseShowsTheLastAndEndsTheLine() {
        try (ProgressLine p = line()) {
            p.progress(1, 10, Double.NaN, "");
            p.progress(2, 10, Double.NaN, ""); // within the interval: held back
            p.progress(10, 10, Double.NaN, "");
        }
        assertEquals("\rwork 1/10\rwork 10/10" + System.lineSeparator(), sink.toString());
    }

    @Test
    void aShorterLineWipesTheTailOfTheLongerOne() throws InterruptedException {
        try (ProgressLine p = new ProgressLine(new PrintWriter(sink), (done, total) -> done == 1 ? "long text" : "x")) {
            p.progress(1, 2, Double.NaN, "");
            Thread.sleep(ProgressLine.INTERVAL_NANOS / 1_000_000 + 20);
            p.progress(2, 2, Double.NaN, "");
        }
        assertEquals("\rlong text\rx        " + System.lineSeparator(), sink.toString());
    }

    @Test
    void lateReportsFromWorkerThreadsNeverMoveTheLineBack() {
        try (ProgressLine p = line()) {
            p.progress(5, 10, Double.NaN, "");
            p.progress(4, 10, Double.NaN, "");
        }
        assertEquals("\rwork 5/10" + System.lineSeparator(), sink.toString());
    }

    @Test
    void nothingReportedMeansNothingPrinted() {
        line().close();
        assertEquals("", sink.toString());
    }

    @Test
    void aLineWithoutStreamIsSilent() {
        try (ProgressLine p = new ProgressLine(null, (done, total) -> "never")) {
            p.progress(1, 1, Double.NaN, "");
        }
        assertEquals("", sink.toString());
    }
}
