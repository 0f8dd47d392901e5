// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.templates.vn;

import io.github.vanban.core.VanbanException;

/**
 * Thrown when a form, an agency profile or a letterhead cannot be read or applied: malformed JSON, a
 * missing or mistyped field, an unknown form, or a letterhead DOCX that is not a DOCX, has nothing
 * to apply, numbers page 1 or has a letterhead tag on a control that cannot hold text. The message
 * names the source and the JSON pointer (or the DOCX part and the content-control tag) of the
 * problem.
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
