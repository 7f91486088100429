package org.hopfieldstudio.ui.concurrent;

/** The work of a background job; runs off the FX thread in the app, on the caller's thread in tests. */
@FunctionalInterface
public interface Job<T> {
    T run(JobContext context) throws Exception;
}
