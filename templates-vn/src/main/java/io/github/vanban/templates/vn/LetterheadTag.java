// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.templates.vn;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.text.VietnameseText;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The content-control tags a {@link Letterhead} fills: an organisation's DOCX template marks a
 * place in its header or footer with a plain-text or rich-text content control (Word: Developer
 * tab, "Plain Text Content Control", Properties, Tag) whose tag is one of these names, and the
 * letterhead replaces the control with the document's text, keeping the formatting of the
 * control's first run. The names are a public contract, listed in the module README.
 *
 * <p>Every value comes from the {@link AdministrativeDocument} being rendered, NFC-normalised; a
 * component the document does not have fills its control with nothing.
 */
public enum LetterheadTag {
    /** {@code vanban.parentAuthority}: the direct parent body (cơ quan chủ quản), ô 2. */
    PARENT_AUTHORITY("vanban.parentAuthority"),

    /** {@code vanban.issuingAuthority}: the issuing body (cơ quan ban hành), ô 2. */
    ISSUING_AUTHORITY("vanban.issuingAuthority"),

    /**
     * {@code vanban.number}: the number and symbol as printed in ô 3, "Số: 15/QĐ-UBND", with the
     * blank of an unassigned number.
     */
    NUMBER("vanban.number"),

    /** {@code vanban.place}: the place name (địa danh) of ô 4, "Lai Châu". */
    PLACE("vanban.place"),

    /** {@code vanban.date}: the date of issue as printed in ô 4, "ngày 10 tháng 5 năm 2024". */
    DATE("vanban.date"),

    /** {@code vanban.subject}: the subject line (trích yếu) as printed, "V/v …" for a công văn. */
    SUBJECT("vanban.subject"),

    /**
     * {@code vanban.contact}: the address and contact lines of ô 13 (from the agency profile's
     * {@code contact}), one line each: a line break between them in an inline control, one
     * paragraph each in a block control.
     */
    CONTACT("vanban.contact");

    private final String tag;

    LetterheadTag(String tag) {
        this.tag = tag;
    }

    /**
     * Returns the tag as written in the template's content control ({@code w:tag w:val}).
     *
     * @return the tag, e.g. {@code vanban.contact}
     */
    public String tag() {
        return tag;
    }

    /**
     * Returns the constant with the given tag; tags are case-sensitive.
     *
     * @param tag a content control's tag
     * @return the constant, empty when the tag is not one of the letterhead's
     */
    public static Optional<LetterheadTag> of(String tag) {
        Objects.requireNonNull(tag, "tag");
        for (LetterheadTag t : values()) {
            if (t.tag.equals(tag)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the lines this tag fills in for a document: one line for every tag but {@link
     * #CONTACT}, none when the document lacks the component.
     *
     * @param document the document being rendered
     * @return the NFC lines
     */
    public List<String> lines(AdministrativeDocument document) {
        Objects.requireNonNull(document, "document");
        List<String> lines = switch (this) {
            case PARENT_AUTHORITY -> document.parentAuthority().stream().toList();
            case ISSUING_AUTHORITY -> List.of(document.issuingAuthority());
            case NUMBER -> List.of(document.number().line());
            case PLACE -> List.of(document.place());
            case DATE -> List.of(document.date().text());
            case SUBJECT -> document.subjectLine().stream().toList();
            case CONTACT -> document.contact();
        };
        return VietnameseText.nfc(lines.stream().filter(s -> !s.isEmpty()).toList());
    }
}
