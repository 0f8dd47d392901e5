// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.parse;

import io.github.vanban.core.VanbanException;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Thrown when an incoming document (văn bản đến) cannot be read at all: it is empty, of a type the
 * reader does not handle, damaged, over a safety limit, or took too long to parse.
 *
 * <p>A document that can be read but lacks Decree 30 components is not an error: the reader
 * returns an {@link IncomingDocument} whose {@link IncomingDocument#notFound()} lists them. An
 * encrypted PDF or a PDF without a text layer is not an error either; see {@link TextStatus}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class DocumentReadException extends VanbanException {
    private static final long serialVersionUID = 1L;

    /** Why a document could not be read. */
    public enum Reason {
        /** The input has no bytes. */
        EMPTY,
        /** The detected media type is not PDF, DOCX, DOC, ODT or plain text. */
        UNSUPPORTED_TYPE,
        /** The parser failed: the file is damaged or not what its type claims. */
        DAMAGED,
        /** A safety limit was hit: input size, compression ratio (zip bomb), nesting depth. */
        LIMIT_EXCEEDED,
        /** Parsing took longer than the reader's time limit. */
        TIMEOUT
    }

    /** Why the document could not be read. */
    private final Reason reason;

    /**
     * Creates an exception.
     *
     * @param reason why the document could not be read
     * @param message what was being read and what went wrong, in English
     */
    public DocumentReadException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Creates an exception that keeps its cause.
     *
     * @param reason why the document could not be read
     * @param message what was being read and what went wrong, in English
     * @param cause the parser's failure
     */
    public DocumentReadException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Returns why the document could not be read, for callers that react differently (for
     * example ask for a new copy when {@link Reason#DAMAGED}).
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }
}
