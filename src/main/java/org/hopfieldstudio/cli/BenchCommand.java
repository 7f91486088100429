package org.hopfieldstudio.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.hopfieldstudio.analysis.CapacitySweep;
import org.hopfieldstudio.analysis.Range;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.Noise;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.core.Seeds;
import org.hopfieldstudio.dynamics.Recall;
import org.hopfieldstudio.dynamics.RecallConfig;
import org.hopfieldstudio.dynamics.UpdateOrder;
import org.hopfieldstudio.protocol.Protocols;
import org.hopfieldstudio.protocol.WritingProtocol;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The performance figures of the issues, in seconds, each the median of {@code --repeat} runs after one warm-up.
 * Needs a large heap for N = 10,000 (W alone is 400 MB): {@code MAVEN_OPTS=-Xmx6g mvn -q exec:java -Dexec.args=bench}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Performance figures in seconds (median of --repeat runs after a warm-up). Needs a large heap: "
                + "MAVEN_OPTS=-Xmx6g mvn -q exec:java -Dexec.args=bench")
final class BenchCommand extends Common implements Callable<Integer> {
    @Option(names = "--repeat", defaultValue = "3", description = "Timed runs per figure (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--only", paramLabel = "KEY", split = ",", description = "Only these keys (comma separated).")
    List<String> only;

    @Override
    Out.Format defaultFormat() {
        return Out.Format.JSON;
    }

    /** Every figure this command measures, in output order (a new figure adds its key here; a test checks it). */
    static final List<String> KEYS = List.of("hebb_write_n10000_p50", "recall_n10000_p10_noise20",
            "recall_n10000_p10_noise20_dense", "capacity_hebb_n6400", "capacity_hebb_n100", "mpf_write_n100_p50",
            "mpf_write_n10000_p5", "mpf_write_n10000_p50", "recall_n10000_mpf_p5_noise20", "mpf_write_n1024_p100",
            "trn_write_n100_p20", "workspace_save_n10000", "workspace_open_n10000", "hebb_gemm_write_n2500_p500",
            "pinv_write_n2500_p500", "pinv_write_n1024_p1200");

    private boolean wanted(String key) {
        return only == null || only.contains(key);
    }

    private static WritingProtocol find(String id) {
        return Protocols.all().stream().filter(p -> p.id().equalsIgnoreCase(id)).findFirst().orElse(null);
    }

    @Override
    public Integer call() {
        Out.Format f = format();
        Inputs.count(repeat, "--repeat", 1000);
        if (only != null) {
            for (String key : only) {
                if (!KEYS.contains(key)) {
                    throw new IllegalArgumentException("--only: unknown key '" + key + "'; the keys: "
                            + String.join(", ", KEYS));
                }
            }
        }
        err().println("bench: " + Runtime.getRuntime().availableProcessors() + " cores, max heap "
                + org.hopfieldstudio.core.MemoryBudget.human(Runtime.getRuntime().maxMemory()));
        err().flush();
        Map<String, Object> r = Out.row();
        WritingProtocol hebb = find("hebb");
        if (hebb != null) {
            if (wanted("hebb_write_n10000_p50")) {
                PatternSet set = PatternSet.random(100, 100, 50, Seeds.rng(1));
                r.put("hebb_write_n10000_p50", time("hebb_write_n10000_p50", () -> hebb.write(set, 1)));
            }
            if (wanted("recall_n10000_p10_noise20")) {
                PatternSet set = PatternSet.random(100, 100, 10, Seeds.rng(2));
                Network net = hebb.write(set, 2);
                byte[] target = set.get(0).toArray();
                long[] k = {0};
                r.put("recall_n10000_p10_noise20", time("recall_n10000_p10_noise20", () -> {
                    byte[] probe = target.clone();
                    Noise.flipFraction(probe, 0.2, Seeds.rng(k[0]));
                    RecallConfig rc = RecallConfig.of(UpdateOrder.RANDOM_SWEEP, k[0]++);
                    return new Recall(net, probe, null, rc).run();
                }));
            }
            if (wanted("recall_n10000_p10_noise20_dense")) {
                // N.B. the same network, probes and seeds as recall_n10000_p10_noise20, with W held densely (400 MB)
                PatternSet set = PatternSet.random(100, 100, 10, Seeds.rng(2));
                Network net = hebb.write(set, 2).toDense();
                byte[] target = set.get(0).toArray();
                long[] k = {0};
                r.put("recall_n10000_p10_noise20_dense", time("recall_n10000_p10_noise20_dense", () -> {
                    byte[] probe = target.clone();
                    Noise.flipFraction(probe, 0.2, Seeds.rng(k[0]));
                    RecallConfig rc = RecallConfig.of(UpdateOrder.RANDOM_SWEEP, k[0]++);
                    return new Recall(net, probe, null, rc).run();
                }));
            }
            if (wanted("capacity_hebb_n6400")) {
                CapacitySweep.Config c = CapacitySweep.Config.of(hebb, 6400, Range.parse("0.10:0.16:0.02", "loads"),
                        2, 0.1, 1).withProbes(20);
                r.put("capacity_hebb_n6400", time("capacity_hebb_n6400", () -> CapacitySweep.run(c)));
            }
            if (wanted("capacity_hebb_n100")) {
                CapacitySweep.Config c = CapacitySweep.Config.of(hebb, 100, Range.parse("0.02:0.30:0.02", "loads"),
                        100, 0.1, 1);
                r.put("capacity_hebb_n100", time("capacity_hebb_n100", () -> CapacitySweep.run(c)));
            }
        }
        WritingProtocol mpf = find("mpf");
        if (mpf != null) {
            if (wanted("mpf_write_n100_p50")) {
                PatternSet set = PatternSet.random(10, 10, 50, Seeds.rng(3));
                r.put("mpf_write_n100_p50", time("mpf_write_n100_p50", () -> mpf.write(set, 3)));
            }
            if (wanted("mpf_write_n10000_p5")) {
                PatternSet set = PatternSet.random(100, 100, 5, Seeds.rng(6));
                r.put("mpf_write_n10000_p5", time("mpf_write_n10000_p5", () -> mpf.write(set, 6)));
            }
            if (wanted("mpf_write_n10000_p50")) {
                PatternSet set = PatternSet.random(100, 100, 50, Seeds.rng(7));
                r.put("mpf_write_n10000_p50", time("mpf_write_n10000_p50", () -> mpf.write(set, 7)));
            }
            if (wanted("recall_n10000_mpf_p5_noise20")) {
                PatternSet set = PatternSet.random(100, 100, 5, Seeds.rng(6));
                Network net = mpf.write(set, 6);
                byte[] target = set.get(0).toArray();
                long[] k = {0};
                r.put("recall_n10000_mpf_p5_noise20", time("recall_n10000_mpf_p5_noise20", () -> {
                    byte[] probe = target.clone();
                    Noise.flipFraction(probe, 0.2, Seeds.rng(k[0]));
                    RecallConfig rc = RecallConfig.of(UpdateOrder.RANDOM_SWEEP, k[0]++);
                    return new Recall(net, probe, null, rc).run();
                }));
            }
            if (wanted("mpf_write_n1024_p100")) {
                PatternSet set = PatternSet.random(32, 32, 100, Seeds.rng(4));
                r.put("mpf_write_n1024_p100", time("mpf_write_n1024_p100", () -> mpf.write(set, 4)));
            }
        }
        WritingProtocol trn = find("trn");
        if (trn != null && wanted("trn_write_n100_p20")) {
            PatternSet set = PatternSet.random(10, 10, 20, Seeds.rng(5));
            r.put("trn_write_n100_p20", time("trn_write_n100_p20", () -> trn.write(set, 5)));
        }
        boolean wsSave = wanted("workspace_save_n10000");
        boolean wsOpen = wanted("workspace_open_n10000");
        if (hebb != null && (wsSave || wsOpen)) {
            benchWorkspace(hebb, r, wsSave, wsOpen);
        }
        benchBlas(r);
        Out.print(out(), f, List.of(r), true);
        return 0;
    }

    /**
     * Issue 8, point 9: saving and opening a 100×100 workspace with its 400 MB W stored (dense, as a trained W is),
     * in a temporary folder next to the other temporary files (each save is atomic and fsynced, as in the app).
     */
    private void benchWorkspace(WritingProtocol hebb, Map<String, Object> r, boolean save, boolean open) {
        PatternSet set = PatternSet.random(100, 100, 20, Seeds.rng(8));
        Network net = hebb.write(set, 8).toDense();
        org.hopfieldstudio.io.Workspace ws = new org.hopfieldstudio.io.Workspace(100, 100, set.get(0).toArray(), null,
                set, new org.hopfieldstudio.io.Workspace.ProtocolChoice("hebb", Map.of(), true),
                org.hopfieldstudio.io.Workspace.Weights.of(net, "hebb", Map.of(), 8, true),
                org.hopfieldstudio.io.Workspace.RecallSettings.DEFAULT, "memory", null);
        java.nio.file.Path dir = null;
        try {
            dir = java.nio.file.Files.createTempDirectory("hopfield-bench");
            java.nio.file.Path file = dir.resolve("n10000.hopfield");
            if (save) {
                r.put("workspace_save_n10000", time("workspace_save_n10000", () -> {
                    try {
                        org.hopfieldstudio.io.WorkspaceFiles.write(ws, file, true);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    return file;
                }));
            } else {
                org.hopfieldstudio.io.WorkspaceFiles.write(ws, file, true);
            }
            if (open) {
                r.put("workspace_open_n10000", time("workspace_open_n10000", () -> {
                    try {
                        return org.hopfieldstudio.io.WorkspaceFiles.read(file);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            if (dir != null) {
                try (var files = java.nio.file.Files.list(dir)) {
                    for (java.nio.file.Path p : files.toList()) {
                        java.nio.file.Files.deleteIfExists(p);
                    }
                    java.nio.file.Files.deleteIfExists(dir);
                } catch (java.io.IOException e) {
                    err().println("bench: could not remove " + dir + ": " + e.getMessage());
                }
            }
        }
    }

    /**
     * The writes that go through OpenBLAS: Hebb by blocked SGEMM (the cross-check kernel; dense W, p > N/8), the
     * pseudo-inverse with a p×p Gram matrix and a dense W (p > N/8), and with the N×N Gram matrix (p > N), both through
     * LAPACK dsyev.
     */
    private void benchBlas(Map<String, Object> r) {
        if (wanted("hebb_gemm_write_n2500_p500")) {
            PatternSet set = PatternSet.random(50, 50, 500, Seeds.rng(1)); // p > N/8: dense W
            org.hopfieldstudio.protocol.Hebb gemm = new org.hopfieldstudio.protocol.Hebb(
                    org.hopfieldstudio.protocol.Hebb.Kernel.BLAS_GEMM);
            r.put("hebb_gemm_write_n2500_p500", time("hebb_gemm_write_n2500_p500", () -> gemm.write(set, 1)));
        }
        WritingProtocol pinv = find("pinv");
        if (pinv != null && wanted("pinv_write_n2500_p500")) {
            PatternSet set = PatternSet.random(50, 50, 500, Seeds.rng(9));
            r.put("pinv_write_n2500_p500", time("pinv_write_n2500_p500", () -> pinv.write(set, 9)));
        }
        if (pinv != null && wanted("pinv_write_n1024_p1200")) {
            PatternSet set = PatternSet.random(32, 32, 1200, Seeds.rng(10));
            r.put("pinv_write_n1024_p1200", time("pinv_write_n1024_p1200", () -> pinv.write(set, 10)));
        }
    }

    /** One warm-up, then the median of {@code repeat} timed runs; logs each figure to stderr. */
    private double time(String key, Supplier<?> work) {
        Object sink = work.get();
        List<Double> s = new ArrayList<>();
        for (int k = 0; k < repeat; k++) {
            sink = null;
            System.gc();
            long t0 = System.nanoTime();
            sink = work.get();
            s.add((System.nanoTime() - t0) / 1e9);
        }
        double[] a = s.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        double median = a.length % 2 == 1 ? a[a.length / 2] : 0.5 * (a[a.length / 2 - 1] + a[a.length / 2]);
        err().println("bench: " + key + " " + Out.num(median) + " s (runs: " + Arrays.toString(a) + ")"
                + (sink == null ? "" : ""));
        err().flush();
        return median;
    }
}
