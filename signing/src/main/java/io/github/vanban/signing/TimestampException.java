// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing;

import org.apiguardian.api.API;

/**
 * A time-stamp authority (RFC 3161) could not be reached, refused the request, or answered with a
 * token that does not match the request (nonce, message imprint, signature, time).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class TimestampException extends SigningException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception naming the TSA and the problem.
     *
     * @param message English description of the failure
     */
    public TimestampException(String message) {
        super(message);
    }

    /**
     * Creates an exception that keeps its cause.
     *
     * @param message English description of the failure
     * @param cause the underlying failure
     */
    public TimestampException(String message, Throwable cause) {
        super(message, cause);
    }
}
