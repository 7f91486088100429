package org.hopfieldstudio.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.core.Seeds;
import org.hopfieldstudio.io.Npy;
import org.hopfieldstudio.protocol.Cancellation;
import org.hopfieldstudio.protocol.ProgressListener;
import org.hopfieldstudio.protocol.WriteRequest;
import org.hopfieldstudio.protocol.WritingProtocol;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Write W (and θ) with a protocol and save them as numpy float32 .npy files: W as N×N row-major "
                + "(W[i, j] = W_ij, the weight into neuron i from j), θ as a vector of N in <out>.theta.npy.")
final class TrainCommand extends Common implements Callable<Integer> {
    @Mixin
    ProtocolOptions protocol;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    PatternSource source;

    @Mixin
    WorkspaceInput workspace;

    @Mixin
    SeedOption seedOption;

    @Option(names = "--out", required = true, paramLabel = "W.npy", description = "Output file for W.")
    Path outFile;

    @Override
    Out.Format defaultFormat() {
        return Out.Format.JSON;
    }

    /** {@code W.npy → W.theta.npy}; any other name gets {@code .theta.npy} appended. */
    static Path thetaPath(Path w) {
        String name = w.getFileName().toString();
        String base = name.endsWith(".npy") ? name.substring(0, name.length() - 4) : name;
        return w.resolveSibling(base + ".theta.npy");
    }

    @Override
    public Integer call() throws Exception {
        Out.Format f = format();
        WorkspaceInput.requireOne(spec, workspace.file, source != null, "--set or --random",
                "'--set=SET|FILE' or '--random=N:P'");
        Path out = checkOut(outFile);
        WorkspaceInput.Loaded loaded = workspace.given() ? WorkspaceInput.load(spec, workspace.file, true) : null;
        ProtocolOptions.Chosen chosen = loaded != null ? loaded.chosen(protocol) : protocol.resolve();
        WritingProtocol proto = chosen.protocol();
        long seed = loaded != null ? loaded.seed(seedOption) : seedOption.seed;
        PatternSet set = loaded != null ? loaded.patterns() : source.load(Seeds.derive(seed, 0));
        long t0 = System.nanoTime();
        ProgressListener progress = new ThrottledProgress(err(), proto.id());
        // N.B. with --workspace its stored W is written out as it is (the same .npy as its weights.npy entry); a W
        // the file does not hold, or another protocol's, is written now with the seed of the workspace's W
        Network net = loaded != null ? loaded.network(chosen)
                : proto.write(new WriteRequest(set, chosen.params(), Seeds.derive(seed, 1), progress, Cancellation.NEVER));
        double seconds = (System.nanoTime() - t0) / 1e9;
        int n = net.size();
        // N.B. a factored W is computed densely here (the .npy holds N² floats); memory is checked first
        float[] w = net.weightsUnsafe();
        // Network stores W column-major (w[j·N + i] = W_ij); .npy gets row-major, so transpose unless W = Wᵀ
        // bit for bit (a factored W with U ≠ V, e.g. MPF's, is symmetric only up to rounding once in float).
        boolean exactlySymmetric = net.isSymmetric() && (!net.isFactored() || net.factors().sharesFactor());
        float[] rowMajor = exactlySymmetric ? w : transpose(w, n);
        Path theta = thetaPath(out);
        writeBoth(out, new int[]{n, n}, rowMajor, theta, net.thresholdsUnsafe());
        int stable = 0;
        double[] h = new double[n];
        double tol = net.tieTolerance();
        for (int mu = 0; mu < set.count(); mu++) {
            byte[] xi = set.get(mu).toArray();
            net.fields(xi, h);
            boolean ok = true;
            for (int i = 0; i < n && ok; i++) {
                ok = xi[i] * h[i] > tol;
            }
            stable += ok ? 1 : 0;
        }
        Map<String, Object> r = Out.row();
        r.put("protocol", proto.id());
        r.put("set", set.name());
        r.put("neurons", n);
        r.put("patterns", set.count());
        r.put("seed", seed);
        r.put("seconds", seconds);
        r.put("symmetric", net.isSymmetric());
        r.put("stable_patterns", stable);
        r.put("weights", outFile.toString());
        r.put("thresholds", theta.toString());
        if (loaded != null) {
            loaded.describe(r, net);
        }
        Out.print(out(), f, List.of(r), true);
        return 0;
    }

    /**
     * The absolute {@code --out} path, refused (before any work) when it is empty, a folder, in a folder that does
     * not exist or cannot be written, or when it or its {@code .theta.npy} twin exists as something other than a
     * regular file.
     */
    static Path checkOut(Path outFile) {
        String text = outFile.toString();
        if (text.isBlank() || outFile.getFileName() == null) {
            throw new IllegalArgumentException("--out needs a file name, e.g. --out W.npy; got '" + text + "'");
        }
        Path out = outFile.toAbsolutePath().normalize();
        Path dir = out.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--out " + text + ": folder " + dir + " does not exist");
        }
        if (!Files.isWritable(dir)) {
            throw new IllegalArgumentException("--out " + text + ": folder " + dir
                    + " is not writable (permission denied)");
        }
        for (Path p : new Path[]{out, thetaPath(out)}) {
            if (Files.isDirectory(p)) {
                throw new IllegalArgumentException("--out " + text + ": " + p + " is a folder");
            }
            if (Files.exists(p) && !Files.isRegularFile(p)) {
                throw new IllegalArgumentException("--out " + text + ": " + p + " is not a regular file");
            }
        }
        return out;
    }

    /**
     * Writes W and θ to temporary files beside their targets and moves both into place only when both are
     * written, so a failure leaves neither a partial file nor a new W beside an old θ.
     */
    static void writeBoth(Path wFile, int[] wShape, float[] w, Path thetaFile, float[] theta) throws IOException {
        Path dir = wFile.getParent();
        Path wTmp = null;
        Path thetaTmp = null;
        boolean moved = false;
        try {
            wTmp = Files.createTempFile(dir, ".W", ".npy.tmp");
            thetaTmp = Files.createTempFile(dir, ".theta", ".npy.tmp");
            Npy.writeFloat32(wTmp, wShape, w, false);
            Npy.writeFloat32(thetaTmp, new int[]{theta.length}, theta, false);
            move(wTmp, wFile);
            try {
                move(thetaTmp, thetaFile);
            } catch (IOException e) {
                Files.deleteIfExists(wFile);
                throw e;
            }
            moved = true;
        } finally {
            if (!moved) {
                deleteQuietly(wTmp);
                deleteQuietly(thetaTmp);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // best effort: the failure that got us here is the one to report
            }
        }
    }

    static float[] transpose(float[] a, int n) {
        float[] t = new float[a.length];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                t[i * n + j] = a[j * n + i];
            }
        }
        return t;
    }

    /** Progress lines on stderr, at most one per second. */
    static final class ThrottledProgress implements ProgressListener {
        private final java.io.PrintWriter err;
        private final String prefix;
        private long last = System.nanoTime();

        ThrottledProgress(java.io.PrintWriter err, String prefix) {
            this.err = err;
            this.prefix = prefix;
        }

        @Override
        public synchronized void progress(long done, long total, double objective, String message) {
            long now = System.nanoTime();
            if (now - last >= 1_000_000_000L) {
                last = now;
                err.println(prefix + ": " + done + "/" + total + (message == null || message.isEmpty() ? "" : " " + message));
                err.flush();
            }
        }
    }
}
