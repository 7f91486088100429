package org.hopfieldstudio.protocol;

import java.util.stream.IntStream;
import org.hopfieldstudio.core.FactoredWeights;
import org.hopfieldstudio.core.MemoryBudget;
import org.hopfieldstudio.core.LowRank;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.Pattern;
import org.hopfieldstudio.core.PatternSet;
import org.bytedeco.javacpp.FloatPointer;

/**
 * Hebb's rule (HOP): {@code W = (1/N) Σ_μ ξ^μ ξ^μᵀ = Ξ Ξᵀ / N}, then {@code w_ii = 0}; {@code θ = 0} (DESIGN §2).
 *
 * <p>Two kernels compute the same W:
 * <ul>
 *   <li>{@link Kernel#PACKED_BITS} (default): for ±1 patterns {@code Σ_μ ξ_i^μ ξ_j^μ = p − 2·popcount(b_i ⊕ b_j)},
 *       where {@code b_i} packs neuron i's p pattern bits into ⌈p/64⌉ longs. The count is an exact integer
 *       and {@code (p − 2c)/N} is looked up in a table of p + 1 correctly rounded floats, so every entry is the
 *       exact W_ij rounded once to float. Pure Java, parallel over columns, no off-heap memory.</li>
 *   <li>{@link Kernel#BLAS_GEMM}: the same product as OpenBLAS SGEMMs ({@code alpha = 1/N}) over column blocks,
 *       each block bulk-copied into W. Kept as the cross-check of the bit kernel and for comparison in the
 *       benchmark; it may differ from the bit kernel by one float ulp (it rounds 1/N before multiplying).</li>
 * </ul>
 * N.B. the bit kernel is the default because it measured about 2.5× faster than the blocked GEMM at
 * N = 10⁴, p = 50 (≈ 0.06 s against ≈ 0.16 s on the 2-core reference machine) and is exact; a single
 * N×N GEMM into a fresh off-heap result took over 1 s there, dominated by first-touch page faults.
 */
public final class Hebb implements WritingProtocol {
    /** How the N² products are computed; both give the same W up to one float ulp. */
    public enum Kernel {
        /** Exact XOR/popcount on bit-packed patterns, pure Java (default). */
        PACKED_BITS,
        /** OpenBLAS SGEMM over column blocks. */
        BLAS_GEMM
    }

    public static final String ID = "hebb";

    /** Columns per parallel task and per cancellation check in the bit kernel. */
    private static final int COLUMN_CHUNK = 512;

    private final Kernel kernel;

    /** Hebb with the default, exact bit kernel. */
    public Hebb() {
        this(Kernel.PACKED_BITS);
    }

    public Hebb(Kernel kernel) {
        this.kernel = java.util.Objects.requireNonNull(kernel, "kernel");
    }

    public Kernel kernel() {
        return kernel;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Hebb (HOP)";
    }

    @Override
    public String formula() {
        return "W = (1/N) Σ_μ ξ^μ ξ^μᵀ = Ξ Ξᵀ / N,   w_ii = 0,   θ = 0";
    }

    @Override
    public String formulaLatex() {
        return "W = \\frac{1}{N}\\sum_{\\mu} \\xi^{\\mu} \\xi^{\\mu\\top} = \\frac{\\Xi\\,\\Xi^{\\top}}{N},\\quad w_{ii} = 0,\\quad \\theta = 0";
    }

    @Override
    public String description() {
        return "One-shot Hebbian learning: each stored pattern adds its outer product. Fast and local, but the "
                + "patterns interfere (crosstalk): for random patterns recall works up to about p ≈ 0.138 N, and "
                + "all patterns are exactly stable only up to about N / (4 ln N). Correlated patterns (letters "
                + "sharing many cells) fail much earlier.";
    }

    @Override
    public boolean writesSymmetric() {
        return true;
    }

    @Override
    public int weightRank(int n, int p) {
        return 8L * p <= n ? p : n;
    }

    /** Factors U = Ξ (N·p doubles) when p ≤ N/8, else the dense W. */
    @Override
    public long bytesToWrite(int n, int p) {
        return 8L * p <= n ? MemoryBudget.factorBytes(n, p, true) + 4L * n : MemoryBudget.weightBytes(n);
    }

    /**
     * {@code W = (1/N) Σ_μ ξ^μ ξ^μᵀ}, {@code w_ii = 0}, {@code θ = 0}. The patterns are not modified. For p ≤ N/8 the
     * network is factored ({@link #factors(PatternSet)}, O(N·p)); otherwise W is written densely by the kernel.
     *
     * @throws org.hopfieldstudio.core.InsufficientMemoryException when W does not fit the heap
     */
    @Override
    public Network write(WriteRequest request) {
        PatternSet set = request.patterns();
        int n = set.neurons();
        if (8L * set.count() <= n) {
            // N.B. the exact factored form W = (1/N) Ξ Ξᵀ − (p/N) I pays (r = p ≤ N/8): no N×N array at all
            MemoryBudget.requireBytes(MemoryBudget.factorBytes(n, set.count(), true) + 4L * n,
                    "Hebb at N = " + n + ", p = " + set.count());
            request.cancellation().check();
            request.progress().progress(0, n, Double.NaN, "Hebb: factors U = Ξ");
            FactoredWeights f = factors(set);
            request.progress().progress(n, n, Double.NaN, "Hebb: W written in factored form (rank " + set.count() + ")");
            return Network.factored(set.rows(), set.cols(), f, new float[n], true, ID);
        }
        MemoryBudget.requireWeights(n);
        request.cancellation().check();
        float[] w = new float[n * n];
        if (kernel == Kernel.PACKED_BITS) {
            writeBits(set, w, request);
        } else {
            writeGemm(set, w, request);
        }
        WeightMath.zeroDiagonal(w, n);
        request.cancellation().check();
        WeightMath.requireFinite(w, n, displayName());
        request.progress().progress(n, n, Double.NaN, "Hebb: W written");
        return new Network(set.rows(), set.cols(), w, new float[n], true, ID);
    }

    /** The exact factor of the Hebb W: U = Ξ (N×p), c = 1/N, d_i = p/N (the zeroed diagonal). */
    static LowRank factor(PatternSet set) {
        int n = set.neurons();
        int p = set.count();
        float[] u = new float[n * p];
        for (int mu = 0; mu < p; mu++) {
            Pattern pat = set.get(mu);
            for (int i = 0; i < n; i++) {
                u[i * p + mu] = pat.get(i);
            }
        }
        float[] d = new float[n];
        java.util.Arrays.fill(d, (float) ((double) p / n));
        return new LowRank(p, u, 1.0 / n, d);
    }

    /**
     * The exact factored Hebb W: {@code W = c·U Uᵀ − diag(d)} with U = Ξ (N×p, ±1), c = 1/N, d_i = p/N.
     * O(N·p) time and memory. The patterns are not modified.
     */
    public static FactoredWeights factors(PatternSet set) {
        int n = set.neurons();
        int p = set.count();
        double[] u = new double[n * p];
        for (int mu = 0; mu < p; mu++) {
            Pattern pat = set.get(mu);
            for (int i = 0; i < n; i++) {
                u[i * p + mu] = pat.get(i);
            }
        }
        return FactoredWeights.zeroDiagonal(n, p, u, u, 1.0 / n); // d_i = p/N
    }

    private static void writeGemm(PatternSet set, float[] w, WriteRequest request) {
        int n = set.neurons();
        try (FloatPointer x = WeightMath.patternsByNeuronFloat(set)) {
            WeightMath.gramInto(x, set.count(), n, 1.0 / n, w, request, "Hebb (BLAS)", 0, n);
        }
    }

    private static void writeBits(PatternSet set, float[] w, WriteRequest request) {
        int n = set.neurons();
        int p = set.count();
        int words = (p + 63) >>> 6;
        // bit μ of neuron i is set when ξ_i^μ = −1; equal bits mean ξ_i^μ ξ_j^μ = +1
        long[] bits = new long[n * words];
        for (int mu = 0; mu < p; mu++) {
            var pattern = set.get(mu);
            int word = mu >>> 6;
            long mask = 1L << (mu & 63);
            for (int i = 0; i < n; i++) {
                if (pattern.get(i) < 0) {
                    bits[i * words + word] |= mask;
                }
            }
        }
        // value[c] = (p − 2c)/N, correctly rounded, for c differing bits
        float[] value = new float[p + 1];
        for (int c = 0; c <= p; c++) {
            value[c] = (float) ((double) (p - 2 * c) / n);
        }
        for (int c0 = 0; c0 < n; c0 += COLUMN_CHUNK * 4) {
            request.cancellation().check();
            int c1 = Math.min(n, c0 + COLUMN_CHUNK * 4);
            int from = c0;
            int chunks = (c1 - c0 + COLUMN_CHUNK - 1) / COLUMN_CHUNK;
            IntStream.range(0, chunks).parallel().forEach(k -> {
                int j0 = from + k * COLUMN_CHUNK;
                int j1 = Math.min(c1, j0 + COLUMN_CHUNK);
                if (words == 1) {
                    for (int j = j0; j < j1; j++) {
                        long bj = bits[j];
                        int base = j * n;
                        for (int i = 0; i < n; i++) {
                            w[base + i] = value[Long.bitCount(bits[i] ^ bj)];
                        }
                    }
                } else {
                    for (int j = j0; j < j1; j++) {
                        int base = j * n;
                        int bj = j * words;
                        for (int i = 0; i < n; i++) {
                            int bi = i * words;
                            int c = 0;
                            for (int q = 0; q < words; q++) {
                                c += Long.bitCount(bits[bi + q] ^ bits[bj + q]);
                            }
                            w[base + i] = value[c];
                        }
                    }
                }
            });
            request.progress().progress(c1, n, Double.NaN, "Hebb: " + c1 + " of " + n + " columns");
        }
    }
}
