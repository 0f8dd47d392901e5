// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core;

/**
 * Root of the operational failures that vanban-core reports (rendering, parsing).
 *
 * <p>Misuse of the API throws the usual JDK exceptions instead ({@link NullPointerException},
 * {@link IllegalArgumentException}); failing a Decree 30 format rule is data, reported by
 * {@link io.github.vanban.core.validation.DocumentValidator}, not an exception.
 */
public class VanbanException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message that says what was being done to which input.
     *
     * @param message the English message
     */
    public VanbanException(String message) {
        super(message);
    }

    /**
     * Creates an exception that keeps its cause.
     *
     * @param message the English message
     * @param cause the underlying failure
     */
    public VanbanException(String message, Throwable cause) {
        super(message, cause);
    }
}
