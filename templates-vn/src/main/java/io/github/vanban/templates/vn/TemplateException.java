// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.templates.vn;

import io.github.vanban.core.VanbanException;

/**
 * Thrown when a form or an agency profile cannot be read or applied: malformed JSON, a missing or
 * mistyped field, an unknown form, or a letterhead DOCX without styles. The message names the
 * source and the JSON pointer (or part) of the problem.
 */
public class TemplateException extends VanbanException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what failed, and where
     */
    public TemplateException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param message what failed, and where
     * @param cause the underlying failure
     */
    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
