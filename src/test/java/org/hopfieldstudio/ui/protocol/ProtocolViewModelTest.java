package org.hopfieldstudio.ui.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.protocol.ProtocolException;
import org.hopfieldstudio.protocol.Protocols;
import org.hopfieldstudio.protocol.WriteRequest;
import org.hopfieldstudio.protocol.WritingProtocol;
import org.hopfieldstudio.ui.StudioModel;
import org.hopfieldstudio.ui.TestStudio;
import org.hopfieldstudio.ui.concurrent.Debouncer;
import org.hopfieldstudio.ui.concurrent.SameThreadTaskRunner;
import org.hopfieldstudio.ui.notify.NoticeBoard;
import org.junit.jupiter.api.Test;

class ProtocolViewModelTest {
    @Test
    void storingPatternsWritesWAutomaticallyUnderHebb() {
        StudioModel m = TestStudio.model();
        m.library().loadBuiltIn("letters");
        Network net = m.protocol().network();
        assertNotNull(net);
        assertEquals("hebb", net.protocol().toLowerCase());
        assertEquals(100, net.size());
    }

    @Test
    void switchingProtocolRewritesW() {
        StudioModel m = TestStudio.model();
        m.library().loadBuiltIn("letters");
        Network hebb = m.protocol().network();
        int writes = m.protocol().writesProperty().get();
        assertTrue(m.protocol().select("pinv"));
        assertEquals(writes + 1, m.protocol().writesProperty().get());
        assertNotSame(hebb, m.protocol().network());
        assertTrue(m.protocol().network().weight(0, 1) != hebb.weight(0, 1) || m.protocol().network().weight(11, 12) != hebb.weight(11, 12));
    }

    @Test
    void failedWriteKeepsThePreviousWAndPostsTheReason() {
        WritingProtocol failing = new WritingProtocol() {
            public String id() { return "fail"; }
            public String displayName() { return "Failing"; }
            public String formula() { return "-"; }
            public String description() { return "-"; }
            public boolean writesSymmetric() { return false; }
            public Network write(WriteRequest r) { throw new ProtocolException("diverged at iteration 3"); }
        };
        ReadOnlyObjectWrapper<PatternSet> set = new ReadOnlyObjectWrapper<>(TestStudio.axo());
        NoticeBoard notices = new NoticeBoard();
        ProtocolViewModel vm = new ProtocolViewModel(List.of(Protocols.byId("hebb"), failing),
                set.getReadOnlyProperty(), new SameThreadTaskRunner(), Debouncer.IMMEDIATE, notices);
        vm.write();
        Network before = vm.network();
        vm.selectedProperty().set(failing);
        vm.write();
        assertSame(before, vm.network());
        assertTrue(notices.notices().get(notices.notices().size() - 1).text().contains("diverged at iteration 3"));
        assertTrue(vm.asymmetryWarningProperty().get().contains("may cycle"));
    }
}
