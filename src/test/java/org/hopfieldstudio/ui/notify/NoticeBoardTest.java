package org.hopfieldstudio.ui.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class NoticeBoardTest {
    /** Several collections and a large allocation, so weakly reachable listeners are really collected. */
    static void forceGarbageCollection() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            byte[][] junk = new byte[32][];
            for (int k = 0; k < junk.length; k++) {
                junk[k] = new byte[1 << 20];
            }
            junk[junk.length - 1][0] = 1;
            System.gc();
        }
    }

    @Test
    void listenerOnNoticesSurvivesGarbageCollection() {
        NoticeBoard board = new NoticeBoard();
        List<Notice> seen = new ArrayList<>();
        board.notices().addListener((ListChangeListener<Notice>) c -> {
            while (c.next()) {
                seen.addAll(c.getAddedSubList());
            }
        });
        board.post(Notice.info("first", ""));
        forceGarbageCollection();
        board.post(Notice.info("second", ""));
        assertEquals(List.of("first", "second"), seen.stream().map(Notice::title).toList());
        assertSame(board.notices(), board.notices());
        assertSame(board.messages(), board.messages());
    }

    @Test
    void subscriberSurvivesGarbageCollection() {
        NoticeBoard board = new NoticeBoard();
        List<String> seen = new ArrayList<>();
        board.subscribe(m -> seen.add(m.title()));
        board.post(Notice.error("first", "a"));
        forceGarbageCollection();
        board.post(Notice.error("second", "b"));
        assertEquals(List.of("first", "second"), seen);
    }

    @Test
    void messagesCarryTimeSourceAndSequence() {
        Clock clock = Clock.fixed(Instant.parse("2026-01-05T14:03:27Z"), ZoneOffset.UTC);
        NoticeBoard board = new NoticeBoard(clock);
        board.forSource("Library").error("Could not read x.txt", new IllegalArgumentException("line 3: bad cell"));
        board.forSource("Protocol").post(Notice.info("Written", "W written"));
        Message first = board.messages().get(0);
        assertEquals("14:03:27", first.timeText());
        assertEquals("Library", first.source());
        assertEquals(1, first.sequence());
        assertEquals(2, board.messages().get(1).sequence());
        assertEquals("Protocol", board.messages().get(1).source());
        assertEquals("14:03:27  ERROR  Library  Could not read x.txt: line 3: bad cell", first.toLogLine());
        assertEquals(2, board.notices().size());
    }

    @Test
    void reasonOfAFailureWithoutMessageNamesItsKindAndCause() {
        assertEquals("IllegalStateException (boom)",
                NoticeBoard.reason(new IllegalStateException(null, new RuntimeException("boom"))));
        assertTrue(NoticeBoard.reason(new OutOfMemoryError()).contains("-Xmx"));
    }

    @Test
    void logKeepsEveryMessageUpToItsCapacityWhileNoticesKeepTheRecentOnes() {
        NoticeBoard board = new NoticeBoard();
        for (int i = 0; i < 120; i++) {
            board.post(Notice.info("n" + i, ""));
        }
        assertEquals(120, board.messages().size());
        assertEquals(NoticeBoard.RECENT, board.notices().size());
        assertEquals("n119", board.notices().get(NoticeBoard.RECENT - 1).title());
    }

    @Test
    void statusKeepsAnErrorUntilDismissedOrReplacedByANewerError() {
        NoticeBoard board = new NoticeBoard();
        StatusModel status = new StatusModel(board);
        board.post(Notice.info("saved", ""));
        assertEquals("saved", status.shownProperty().get().title());
        board.post(Notice.error("write failed", "MPF needs 3 GB"));
        board.post(Notice.info("saved again", ""));
        board.post(Notice.warning("careful", ""));
        assertEquals("write failed", status.shownProperty().get().title(), "an error is not hidden by later info");
        assertTrue(status.errorShownProperty().get());
        board.post(Notice.error("read failed", "line 2"));
        assertEquals("read failed", status.shownProperty().get().title(), "a newer error replaces it");
        status.dismiss();
        assertNull(status.shownProperty().get());
        assertFalse(status.errorShownProperty().get());
        board.post(Notice.info("next", ""));
        assertEquals("next", status.shownProperty().get().title());
        assertEquals(6, status.countProperty().get());
        assertEquals(2, status.errorsProperty().get());
    }
}
