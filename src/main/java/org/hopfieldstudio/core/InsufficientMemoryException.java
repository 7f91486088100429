package org.hopfieldstudio.core;

/** An N too large for memory; the message says how much is needed and what to do. */
public class InsufficientMemoryException extends RuntimeException {
    public InsufficientMemoryException(String message) {
        super(message);
    }
}
