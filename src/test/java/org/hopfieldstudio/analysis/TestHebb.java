package org.hopfieldstudio.analysis;

import java.util.List;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.protocol.WriteRequest;
import org.hopfieldstudio.protocol.WritingProtocol;

/**
 * Test-scope Hebb rule by the definition, {@code W = ΞΞᵀ/N}, {@code w_ii = 0}: independent of the protocol
 * package, so analysis tests check the analysis and not a particular implementation.
 */
public final class TestHebb implements WritingProtocol {
    public static final TestHebb INSTANCE = new TestHebb();

    @Override
    public String id() {
        return "hebb";
    }

    @Override
    public String displayName() {
        return "Hebb (test)";
    }

    @Override
    public String formula() {
        return "W = ΞΞᵀ/N, w_ii = 0";
    }

    @Override
    public String description() {
        return "test Hebb";
    }

    @Override
    public boolean writesSymmetric() {
        return true;
    }

    @Override
    public Network write(WriteRequest request) {
        return hebb(request.patterns());
    }

    public static Network hebb(PatternSet set) {
        int n = set.neurons();
        int p = set.count();
        byte[][] x = set.toArrays();
        float[] w = new float[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = j + 1; i < n; i++) {
                int sum = 0;
                for (int mu = 0; mu < p; mu++) {
                    sum += x[mu][i] * x[mu][j];
                }
                float v = (float) sum / n;
                w[j * n + i] = v;
                w[i * n + j] = v;
            }
        }
        return new Network(set.rows(), set.cols(), w, new float[n], true, "hebb");
    }

    static List<WritingProtocol> asList() {
        return List.of(INSTANCE);
    }
}
