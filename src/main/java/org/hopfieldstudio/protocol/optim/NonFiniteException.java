package org.hopfieldstudio.protocol.optim;

/** The objective produced NaN or ±∞ where the optimiser cannot recover. */
public class NonFiniteException extends ArithmeticException {
    public NonFiniteException(String message) {
        super(message);
    }
}
