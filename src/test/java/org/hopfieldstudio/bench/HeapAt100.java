package org.hopfieldstudio.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.Noise;
import org.hopfieldstudio.core.Pattern;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.core.Seeds;
import org.hopfieldstudio.dynamics.Recall;
import org.hopfieldstudio.dynamics.RecallConfig;
import org.hopfieldstudio.dynamics.RecallResult;
import org.hopfieldstudio.dynamics.UpdateOrder;
import org.hopfieldstudio.io.PatternImages;
import org.hopfieldstudio.io.PatternLibrary;
import org.hopfieldstudio.protocol.Protocols;
import org.hopfieldstudio.protocol.WritingProtocol;
import org.hopfieldstudio.ui.heatmap.HeatmapBuilder;
import org.hopfieldstudio.ui.heatmap.HeatmapImage;

/**
 * The engine path of the app at 100×100 (issue 13): the 26 bundled letters scaled to 100×100, written by each
 * protocol but TRN, a recall from 20 % noise, the heatmap and a receptive field; prints the time of each step and the
 * peak heap of the run. Run with {@code -Xmx1g}:
 * {@code java -Xmx1g -cp target/classes:target/test-classes:$(cat cp.txt) org.hopfieldstudio.bench.HeapAt100}.
 */
public final class HeapAt100 {
    private HeapAt100() {
    }

    public static void main(String[] args) {
        PatternSet small = PatternLibrary.load("letters");
        List<Pattern> big = new ArrayList<>();
        for (Pattern p : small.patterns()) {
            big.add(PatternImages.fromImage(PatternImages.toImage(p, 20), p.name(), 100, 100, 0.5, false));
        }
        PatternSet letters = new PatternSet("letters100", big);
        String[] ids = args.length > 0 ? args : new String[] {"hebb", "pinv", "storkey", "mpf", "km"};
        for (String id : ids) {
            WritingProtocol proto = Protocols.byId(id);
            long t0 = System.nanoTime();
            Network net = proto.write(letters, 1);
            long t1 = System.nanoTime();
            byte[] probe = letters.get(0).toArray();
            Noise.flipFraction(probe, 0.2, Seeds.rng(3));
            RecallResult r = new Recall(net, probe, letters, RecallConfig.of(UpdateOrder.RANDOM_SWEEP, 4)).run();
            long t2 = System.nanoTime();
            HeatmapImage img = HeatmapBuilder.build(net, HeatmapBuilder.DEFAULT_MAX_SIDE, () -> false);
            HeatmapBuilder.receptiveField(net, 5050);
            long t3 = System.nanoTime();
            System.out.printf("%-8s %s: write %.3f s, recall %.3f s (%d flips, overlap with A %.3f), heatmap %.3f s (%s), "
                            + "network %d KB%n", id, net, (t1 - t0) / 1e9, (t2 - t1) / 1e9, r.flips(), r.overlaps()[0],
                    (t3 - t2) / 1e9, img.side() + "×" + img.side(), net.bytes() / 1024);
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("max heap %d MB, peak heap used (sum of pool peaks) %d MB%n",
                Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
    }
}
