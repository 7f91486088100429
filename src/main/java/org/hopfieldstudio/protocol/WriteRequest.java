package org.hopfieldstudio.protocol;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.hopfieldstudio.core.PatternSet;

/**
 * Everything a write needs: the patterns, parameter values (missing keys take their defaults), a seed,
 * a progress listener and a cancellation flag.
 */
public record WriteRequest(PatternSet patterns, Map<String, Double> params, long seed, ProgressListener progress,
                           Cancellation cancellation) {
    public WriteRequest {
        Objects.requireNonNull(patterns, "patterns");
        params = Map.copyOf(params);
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancellation, "cancellation");
    }

    public static WriteRequest of(PatternSet patterns, long seed) {
        return new WriteRequest(patterns, Map.of(), seed, ProgressListener.NONE, Cancellation.NEVER);
    }

    public WriteRequest withParam(String key, double value) {
        Map<String, Double> m = new HashMap<>(params);
        m.put(key, value);
        return new WriteRequest(patterns, m, seed, progress, cancellation);
    }

    public WriteRequest withParams(Map<String, Double> more) {
        Map<String, Double> m = new HashMap<>(params);
        m.putAll(more);
        return new WriteRequest(patterns, m, seed, progress, cancellation);
    }

    public WriteRequest withProgress(ProgressListener listener) {
        return new WriteRequest(patterns, params, seed, listener, cancellation);
    }

    public WriteRequest withCancellation(Cancellation c) {
        return new WriteRequest(patterns, params, seed, progress, c);
    }

    /**
     * The value of {@code p}: the given one checked against its bounds, or its default.
     *
     * @throws ProtocolException when out of bounds
     */
    public double value(ProtocolParameter p) {
        Double v = params.get(p.key());
        return v == null ? p.defaultValue() : p.check(v);
    }

    public int intValue(ProtocolParameter p) {
        return (int) Math.round(value(p));
    }

    public boolean boolValue(ProtocolParameter p) {
        return value(p) != 0;
    }
}
