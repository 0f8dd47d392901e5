// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.verify;

import io.github.vanban.signing.SigningException;

/**
 * Thrown when the input cannot be verified at all: it is not a readable PDF, exceeds the
 * configured size limits, or cannot be read. A PDF that parses but whose signatures are broken is
 * not an exception: it yields a {@link VerificationReport} with an INVALID or INDETERMINATE
 * verdict. A command line maps this exception to exit code 2.
 */
public class VerificationException extends SigningException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message saying what was wrong with which input.
     *
     * @param message English description
     */
    public VerificationException(String message) {
        super(message);
    }

    /**
     * Creates an exception that keeps its cause.
     *
     * @param message English description
     * @param cause the underlying failure
     */
    public VerificationException(String message, Throwable cause) {
        super(message, cause);
    }
}
