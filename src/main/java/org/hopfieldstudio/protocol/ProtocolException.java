package org.hopfieldstudio.protocol;

/** A write that cannot succeed (diverging training, bad parameters, a numerical failure); says why and what to try. */
public class ProtocolException extends RuntimeException {
    public ProtocolException(String message) {
        super(message);
    }

    public ProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}
