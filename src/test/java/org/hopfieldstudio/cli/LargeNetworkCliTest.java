package org.hopfieldstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** With factored weights the CLI runs networks beyond the dense limit N ≤ 46,340 (issue 13, point 5). */
class LargeNetworkCliTest {

    @Test
    void capacityRunsHebbAtFiftyThousandNeurons() {
        HopfieldCliTest.Run r = HopfieldCliTest.run("capacity", "--protocol", "hebb", "--neurons", "50000",
                "--loads", "0.0002:0.0002:0.0001", "--trials", "1", "--probes", "2", "--seed", "1");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(CapacityCommand.HEADER, lines[0]);
        // p = 10 random patterns at N = 50,000: far below capacity, both probes stable and recalled
        assertEquals("hebb,50000,10,0.0002,1,1,1,1", lines[1]);
    }

    @Test
    void basinRunsMpfAtFiftyThousandNeurons() {
        HopfieldCliTest.Run r = HopfieldCliTest.run("basin", "--protocol", "mpf", "--neurons", "50000",
                "--patterns", "3", "--distances", "5000:5000:1", "--trials", "1", "--seed", "2");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertTrue(lines[1].startsWith("mpf,50000,3,5000,1,1,"), lines[1]);
    }
}
