package org.hopfieldstudio.protocol;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas;

/**
 * The BLAS and LAPACK routines the protocols use, called directly in OpenBLAS through its JavaCPP preset
 * ({@code org.bytedeco.openblas.global.openblas}: CBLAS and LAPACKE). Every matrix is column-major, in off-heap
 * buffers ({@link DoublePointer}, {@link FloatPointer}) that the callers allocate, reuse and close.
 *
 * <p>N.B. the library is loaded once, on first use. When it cannot be loaded (a damaged install, an unsupported
 * platform), {@link #require()} throws a {@link ProtocolException} that says so, instead of a linkage error from deep
 * inside a write; the default Hebb kernel and the small MPF and TRN problems run in plain Java and keep working.
 *
 * <p>OpenBLAS is thread-safe: several threads (capacity trials, Compare) may call these at once, each on its own
 * buffers. It runs each call on its own threads (as many as the machine has, or {@code OPENBLAS_NUM_THREADS}).
 */
final class Blas {
    private static final Throwable LOAD_FAILURE = load();

    private Blas() {
    }

    private static Throwable load() {
        try {
            Loader.load(openblas.class);
            return null;
        } catch (LinkageError | RuntimeException e) {
            return e;
        }
    }

    /**
     * @throws ProtocolException when OpenBLAS could not be loaded, with the reason and the way out
     */
    static void require() {
        if (LOAD_FAILURE != null) {
            throw new ProtocolException("The native linear algebra library (OpenBLAS) could not be loaded: "
                    + LOAD_FAILURE.getMessage() + ". The pseudo-inverse and large MPF and TRN problems need it; Hebb, "
                    + "Storkey and small problems still work. Reinstall the app (its lib/app/native folder holds the "
                    + "library).", LOAD_FAILURE);
        }
    }

    /**
     * {@code C = alpha · op(A) · op(B) + beta · C}, C m×n, op(A) m×k, op(B) k×n, all column-major.
     * A and B not modified; C modified (not read when beta = 0).
     */
    static void dgemm(boolean transA, boolean transB, int m, int n, int k, double alpha, DoublePointer a, int lda,
                      DoublePointer b, int ldb, double beta, DoublePointer c, int ldc) {
        openblas.cblas_dgemm(openblas.CblasColMajor, trans(transA), trans(transB), m, n, k, alpha, a, lda, b, ldb,
                beta, c, ldc);
    }

    /** {@link #dgemm} in single precision. */
    static void sgemm(boolean transA, boolean transB, int m, int n, int k, float alpha, FloatPointer a, int lda,
                      FloatPointer b, int ldb, float beta, FloatPointer c, int ldc) {
        openblas.cblas_sgemm(openblas.CblasColMajor, trans(transA), trans(transB), m, n, k, alpha, a, lda, b, ldb,
                beta, c, ldc);
    }

    /** Row-major {@link #dgemm}: {@code C = alpha · op(A) · B + beta · C} on row-major A, B, C. */
    static void dgemmRowMajor(boolean transA, int m, int n, int k, double alpha, DoublePointer a, int lda,
                              DoublePointer b, int ldb, double beta, DoublePointer c, int ldc) {
        openblas.cblas_dgemm(openblas.CblasRowMajor, trans(transA), openblas.CblasNoTrans, m, n, k, alpha, a, lda, b,
                ldb, beta, c, ldc);
    }

    /**
     * {@code C = alpha · A · B + beta · C} with A m×m symmetric, read from its lower triangle only; B, C m×n.
     * Column-major. A and B not modified; C modified.
     */
    static void dsymmLeftLower(int m, int n, double alpha, DoublePointer a, int lda, DoublePointer b, int ldb,
                               double beta, DoublePointer c, int ldc) {
        openblas.cblas_dsymm(openblas.CblasColMajor, openblas.CblasLeft, openblas.CblasLower, m, n, alpha, a, lda,
                b, ldb, beta, c, ldc);
    }

    /**
     * The lower triangle of {@code C = alpha · (A Bᵀ + B Aᵀ) + beta · C}, A and B n×k, C n×n, column-major; the
     * strict upper triangle of C is not touched. A and B not modified; C modified.
     */
    static void dsyr2kLower(int n, int k, double alpha, DoublePointer a, int lda, DoublePointer b, int ldb,
                            double beta, DoublePointer c, int ldc) {
        openblas.cblas_dsyr2k(openblas.CblasColMajor, openblas.CblasLower, openblas.CblasNoTrans, n, k, alpha, a, lda,
                b, ldb, beta, c, ldc);
    }

    /**
     * LAPACK dsyev: all eigenvalues (ascending, into {@code w}, modified) and eigenvectors (into the columns of
     * {@code a}, modified) of the symmetric n×n column-major {@code a}, read from its upper triangle.
     *
     * @return LAPACK's info: 0 on success, &gt; 0 when the QL iteration did not converge
     */
    static int dsyev(int n, DoublePointer a, int lda, DoublePointer w) {
        return openblas.LAPACKE_dsyev(openblas.LAPACK_COL_MAJOR, (byte) 'V', (byte) 'U', n, a, lda, w);
    }

    private static int trans(boolean t) {
        return t ? openblas.CblasTrans : openblas.CblasNoTrans;
    }
}
