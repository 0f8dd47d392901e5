// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.json;

import io.github.vanban.core.VanbanException;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when a JSON document cannot be read into an {@link
 * io.github.vanban.core.model.AdministrativeDocument}: malformed JSON (one problem, the first
 * syntax error), or well-formed JSON with unknown fields, wrong types or bad values (every such
 * problem at once).
 */
public final class DocumentParseException extends VanbanException {
    private static final long serialVersionUID = 1L;

    /** What was read, for messages. */
    private final String source;

    /** The problems; an immutable list of serializable records. */
    private final List<ParseProblem> problems;

    /**
     * Creates the exception.
     *
     * @param source what was read, e.g. the file name, for messages
     * @param problems the problems, at least one, in input order
     */
    public DocumentParseException(String source, List<ParseProblem> problems) {
        super(message(source, problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /**
     * Creates the exception for malformed JSON, keeping the parser's exception as cause.
     *
     * @param source what was read
     * @param problem the syntax error
     * @param cause the underlying parser failure
     */
    DocumentParseException(String source, ParseProblem problem, Throwable cause) {
        super(message(source, List.of(problem)), cause);
        this.source = source;
        this.problems = List.of(problem);
    }

    private static String message(String source, List<ParseProblem> problems) {
        Objects.requireNonNull(source, "source");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems must not be empty");
        }
        StringBuilder message = new StringBuilder("Cannot read document ").append(source).append(": ");
        if (problems.size() == 1) {
            return message.append(problems.get(0).describe()).toString();
        }
        message.append(problems.size()).append(" problems");
        problems.forEach(p -> message.append("\n").append("  ").append(p.describe()));
        return message.toString();
    }

    /**
     * Returns what was read, e.g. the file name.
     *
     * @return the source name
     */
    public String source() {
        return source;
    }

    /**
     * Returns every problem found, in input order.
     *
     * @return the problems, never empty
     */
    public List<ParseProblem> problems() {
        return problems;
    }
}
