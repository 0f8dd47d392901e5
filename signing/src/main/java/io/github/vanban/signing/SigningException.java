// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing;

import org.apiguardian.api.API;

/**
 * Root of the operational failures of the signing module: a PDF that cannot be signed, a key that
 * refuses to sign, unreachable validation data. Subclasses narrow the cause ({@link
 * TimestampException}, {@link IssuanceException}). Misuse (null or out-of-range arguments) throws
 * the JDK exceptions instead.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class SigningException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message saying what was being done to which input.
     *
     * @param message English description of the failure
     */
    public SigningException(String message) {
        super(message);
    }

    /**
     * Creates an exception that keeps its cause.
     *
     * @param message English description of the failure
     * @param cause the underlying failure
     */
    public SigningException(String message, Throwable cause) {
        super(message, cause);
    }
}
