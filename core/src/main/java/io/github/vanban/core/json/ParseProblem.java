// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.json;

import java.io.Serializable;
import java.util.Objects;

/**
 * One problem found while reading a JSON document: where it is and what is wrong.
 *
 * @param pointer the JSON pointer (RFC 6901) of the value concerned, {@code ""} for the whole input
 * @param line the 1-based line of the input where the problem is
 * @param column the 1-based column (in characters) on that line
 * @param message the English message, saying what is wrong and what is expected
 */
public record ParseProblem(String pointer, int line, int column, String message) implements Serializable {
    /** Creates a problem. */
    public ParseProblem {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Returns the problem on one line, e.g. {@code line 3, column 12, /type: unknown document type "CV"}.
     *
     * @return the location and the message
     */
    public String describe() {
        return "line " + line + ", column " + column + (pointer.isEmpty() ? "" : ", " + pointer) + ": " + message;
    }
}
