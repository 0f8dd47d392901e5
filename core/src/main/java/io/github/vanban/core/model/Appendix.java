// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.model;

import io.github.vanban.core.text.VietnameseText;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An appendix (phụ lục) printed after the document, starting on a new page with its own page
 * numbering (Decree 30/2020/NĐ-CP, Appendix I, III.1).
 *
 * <p>With a {@linkplain #documentType() document type} it is instead a document the main one
 * issues or approves (form 1.3, e.g. the Quy chế a Quyết định issues): it opens with the issuing
 * body's header and the national title, without number and date, then its type name in place of
 * "Phụ lục" and its subject in regular case, then the same "(Kèm theo …)" reference line.
 *
 * @param number the Roman number when there are several appendices ("I", "II"), else empty
 * @param title the title, printed in capitals (for an issued document: its subject, as written)
 * @param body the content
 * @param documentType the type of the issued document, if this is one rather than an appendix
 */
public record Appendix(
        Optional<String> number, Optional<String> title, List<BodyBlock> body, Optional<DocumentType> documentType) {
    /** Creates an appendix. */
    public Appendix {
        number = Objects.requireNonNull(number, "number").map(VietnameseText::nfc).filter(s -> !s.isEmpty());
        title = Objects.requireNonNull(title, "title").map(VietnameseText::nfc).filter(s -> !s.isEmpty());
        body = List.copyOf(body);
        Objects.requireNonNull(documentType, "documentType");
        if (documentType.isPresent() && number.isPresent()) {
            throw new IllegalArgumentException("an issued document (" + documentType.get().label()
                    + ") has no appendix number, was " + number.get());
        }
    }

    /**
     * Creates a plain appendix.
     *
     * @param number the Roman number when there are several appendices, else empty
     * @param title the title, if any
     * @param body the content
     */
    public Appendix(Optional<String> number, Optional<String> title, List<BodyBlock> body) {
        this(number, title, body, Optional.empty());
    }

    /**
     * Creates a document issued with the main one (form 1.3).
     *
     * @param type its type, e.g. {@link DocumentType#QUY_CHE}
     * @param subject its subject
     * @param body its content
     * @return the issued document
     */
    public static Appendix issuedDocument(DocumentType type, String subject, List<BodyBlock> body) {
        return new Appendix(Optional.empty(), Optional.of(subject), body, Optional.of(type));
    }

    /**
     * Tells whether this is a document issued with the main one rather than an appendix.
     *
     * @return {@code true} when a document type is set
     */
    public boolean isIssuedDocument() {
        return documentType.isPresent();
    }

    /**
     * Returns the heading line: "Phụ lục", "Phụ lục II", or an issued document's type name.
     *
     * @return the heading
     */
    public String heading() {
        if (documentType.isPresent()) {
            return documentType.get().typeName();
        }
        return number.map(n -> "Phụ lục " + n).orElse("Phụ lục");
    }

    /**
     * Returns the title as printed: in capitals for an appendix, as written for an issued
     * document's subject.
     *
     * @return the printed title, if any
     */
    public Optional<String> titleLine() {
        return documentType.isPresent() ? title : title.map(VietnameseText::upper);
    }
}
