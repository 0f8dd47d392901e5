// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render;

import io.github.vanban.core.VanbanException;

/**
 * Thrown when a document cannot be rendered, e.g. because a character is missing from the font,
 * an authority name is too long for the header, or the body is empty. The message names what was
 * being rendered and where (the component, as in the JSON form, and the position in its text).
 */
public class RenderException extends VanbanException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what failed, and where
     */
    public RenderException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param message what failed, and where
     * @param cause the underlying failure
     */
    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
