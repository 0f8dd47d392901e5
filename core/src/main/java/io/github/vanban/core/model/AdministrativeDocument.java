// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.model;

import io.github.vanban.core.text.VietnameseText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An administrative document (văn bản hành chính) with every component of Decree 30/2020/NĐ-CP,
 * Article 8 and Appendix I: the fixed national title and motto, the authorities, number and
 * symbol, place and date, type and subject, "Kính gửi", body, signer, "Nơi nhận", urgency,
 * confidentiality, circulation note, contact line, appendices and an optional copy block.
 *
 * <p>The record holds what the author supplied; it enforces only structural invariants. Whether
 * the document follows the decree is reported by {@link
 * io.github.vanban.core.validation.DocumentValidator}, so that even a non-compliant document can be
 * read, inspected and corrected. Every text is NFC-normalised on the way in.
 *
 * @param type the document type
 * @param parentAuthority the direct parent body (cơ quan chủ quản), e.g. "UBND TỈNH LAI CHÂU"
 * @param issuingAuthority the issuing body (cơ quan ban hành); blank only in an invalid document
 * @param issuingBodyName the issuing body's name as written in running text, in normal case,
 *     e.g. "Sở Khoa học và Công nghệ tỉnh Lai Châu", if given: the appendix reference line
 *     "(Kèm theo … của &lt;issuing body&gt;)" names the body this way. The header's upper-case
 *     {@code issuingAuthority} cannot be turned back into normal case mechanically (proper nouns
 *     keep their capitals), so when this is absent the running text falls back to {@code
 *     issuingAuthority} as printed in the header; see {@link #issuingBodyInText()}
 * @param number the number and symbol
 * @param place the place name (địa danh), e.g. "Lai Châu"
 * @param date the date of issue
 * @param subject the subject (trích yếu); for a công văn printed after "V/v"
 * @param addressees the "Kính gửi" part (JSON {@code recipients})
 * @param body the body blocks
 * @param signer the signer block
 * @param distribution the "Nơi nhận" block (JSON {@code distribution})
 * @param urgency the urgency stamp (ô 10b), if any
 * @param confidentiality the confidentiality stamp (ô 10a), if any
 * @param circulationNote a circulation note (ô 11) such as "XEM XONG TRẢ LẠI", if any
 * @param contact the address and contact lines (ô 13), printed at the foot of page 1
 * @param appendices the appendices, each on new pages
 * @param copy the copy block, when this is a paper copy
 * @param coSigner a second signer printed in the left column of the bottom block, above "Nơi
 *     nhận" (form 1.9: the secretary, "THƯ KÝ", beside the chair), if any
 * @param cornerSignature whether the organisation signs this electronic file at the top right of
 *     page 1 (ô 14) with a 10 pt text-only stamp: an electronic copy (form 3.2) or an appendix
 *     issued as a separate file (form 2.2); the PDF then carries the {@code vanban_corner} field.
 *     Always {@code true} when {@code appendicesOnly} is set
 * @param appendicesOnly whether this file carries only the {@linkplain #appendices() appendices},
 *     issued as an electronic file of their own beside the main document (form 2.2): the
 *     renderers then print no header, number, date, body, signer or "Nơi nhận" of the main
 *     document, only its appendices, each on new pages with its own page numbers, and leave the
 *     number and date in their reference lines unfilled (see {@link #appendixReference()}). The
 *     other components still describe the main document the appendices belong to. A document
 *     issued with a decision ({@link Appendix#issuedDocument}, form 1.3) filed on its own is the
 *     same case: it keeps its own header and leaves number and date blank likewise. Implies
 *     {@code cornerSignature}: the issuing body signs every separate file at the top right of its
 *     first page (Appendix I, Part I, II.8.b)
 */
public record AdministrativeDocument(
        DocumentType type,
        Optional<String> parentAuthority,
        String issuingAuthority,
        Optional<String> issuingBodyName,
        DocumentNumber number,
        String place,
        IssueDate date,
        Optional<String> subject,
        Addressees addressees,
        List<BodyBlock> body,
        SignatureBlock signer,
        Distribution distribution,
        Optional<Urgency> urgency,
        Optional<Confidentiality> confidentiality,
        Optional<String> circulationNote,
        List<String> contact,
        List<Appendix> appendices,
        Optional<CopyCertification> copy,
        Optional<SignatureBlock> coSigner,
        boolean cornerSignature,
        boolean appendicesOnly) {

    /** The national title (Quốc hiệu), fixed by Appendix I, II.1. */
    public static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

    /** The motto (Tiêu ngữ), fixed by Appendix I, II.1; ASCII hyphens with a space each side. */
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    /** The mark that ends the body in every Appendix III form. */
    public static final String END_MARK = "./.";

    /** Creates a document; prefer {@link #builder()}. */
    public AdministrativeDocument {
        Objects.requireNonNull(type, "type");
        parentAuthority = optionalText(parentAuthority, "parentAuthority");
        issuingAuthority = VietnameseText.nfc(Objects.requireNonNull(issuingAuthority, "issuingAuthority"));
        issuingBodyName = optionalText(issuingBodyName, "issuingBodyName");
        Objects.requireNonNull(number, "number");
        place = VietnameseText.nfc(Objects.requireNonNull(place, "place"));
        Objects.requireNonNull(date, "date");
        subject = optionalText(subject, "subject");
        Objects.requireNonNull(addressees, "addressees");
        body = List.copyOf(body);
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(distribution, "distribution");
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(confidentiality, "confidentiality");
        circulationNote = optionalText(circulationNote, "circulationNote");
        contact = VietnameseText.nfc(List.copyOf(contact));
        appendices = List.copyOf(appendices);
        Objects.requireNonNull(copy, "copy");
        Objects.requireNonNull(coSigner, "coSigner");
        // A separate appendix file is always signed by the issuing body at ô 14 (nd30.md §10.4).
        cornerSignature = cornerSignature || appendicesOnly;
    }

    private static Optional<String> optionalText(Optional<String> value, String name) {
        return Objects.requireNonNull(value, name).map(VietnameseText::nfc).filter(s -> !s.isEmpty());
    }

    /**
     * Returns a builder for a new document.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this document's values, for a modified copy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.type = type;
        b.parentAuthority = parentAuthority.orElse(null);
        b.issuingAuthority = issuingAuthority;
        b.number = number;
        b.place = place;
        b.date = date;
        b.subject = subject.orElse(null);
        b.addressees = new ArrayList<>(addressees.names());
        b.body = new ArrayList<>(body);
        b.signer = signer;
        b.distribution = distribution;
        b.urgency = urgency.orElse(null);
        b.confidentiality = confidentiality.orElse(null);
        b.circulationNote = circulationNote.orElse(null);
        b.contact = new ArrayList<>(contact);
        b.appendices = new ArrayList<>(appendices);
        b.copy = copy.orElse(null);
        b.coSigner = coSigner.orElse(null);
        b.cornerSignature = cornerSignature;
        b.issuingBodyName = issuingBodyName.orElse(null);
        b.appendicesOnly = appendicesOnly;
        return b;
    }

    /**
     * Returns the subject line as printed: "V/v …" for a công văn, the subject itself otherwise.
     *
     * @return the printed subject, empty when there is none
     */
    public Optional<String> subjectLine() {
        return subject.map(s -> type == DocumentType.CONG_VAN ? "V/v " + s : s);
    }

    /**
     * Returns the place-and-date line of ô 4, e.g. "Lai Châu, ngày 17 tháng 4 năm 2023".
     *
     * @return the line
     */
    public String placeAndDateLine() {
        return date.line(place);
    }

    /**
     * Returns the issuing body's name as running text names it: {@link #issuingBodyName()} when
     * given, otherwise {@link #issuingAuthority()} as printed in the header (usually upper case).
     *
     * @return the name for running text
     */
    public String issuingBodyInText() {
        return issuingBodyName.orElse(issuingAuthority);
    }

    /**
     * Returns the italic reference line printed under the title of each appendix (and of a
     * document this one issues, form 1.3): "(Kèm theo Kế hoạch số 12/KH-SKHCN ngày 02 tháng 4 năm
     * 2024 của Sở Khoa học và Công nghệ)", naming this document's type, number and symbol, date of
     * issue and issuing body, named as in running text by {@link #issuingBodyInText()} (Decree 30/2020/NĐ-CP, Appendix I, III.1; Appendix III, forms 2.1 and
     * 2.2).
     *
     * <p>When {@link #appendicesOnly()} is set (form 2.2) the number and the date are left
     * unfilled even when known, because the electronic file is made before the records office
     * assigns them (Appendix III, form 2.2, notes 3 and 4): they print as the blank spaces of an
     * {@linkplain DocumentNumber#unassigned(String) unassigned number} and a {@linkplain
     * IssueDate#pending() pending date}, eight spaces each, so the line reads "số, eight spaces,
     * /KH-SKHCN ngày, eight spaces, tháng …"; the symbol and the issuing body stay. Without the
     * flag a part not yet assigned prints blank the same way. (The decree does not say whether
     * "unfilled" means blanks or ellipses; blanks match the number and date lines of ô 3 and 4.)
     *
     * @return the reference line with its parentheses
     */
    public String appendixReference() {
        DocumentNumber shownNumber = appendicesOnly ? DocumentNumber.unassigned(number.symbol()) : number;
        IssueDate shownDate = appendicesOnly ? IssueDate.pending() : date;
        return "(Kèm theo " + type.label() + " số " + shownNumber.numberText() + shownNumber.symbolText() + " "
                + shownDate.text() + " của " + issuingBodyInText() + ")";
    }

    /**
     * Returns the body blocks with the end mark "./." appended to the last paragraph (or to the
     * text of a closing article) when the author left it out, as every Appendix III form shows it.
     *
     * @return the body as printed
     */
    public List<BodyBlock> bodyWithEndMark() {
        if (body.isEmpty()) {
            return body;
        }
        BodyBlock last = body.get(body.size() - 1);
        BodyBlock marked = last;
        if (last instanceof BodyBlock.Paragraph p && !p.text().endsWith(END_MARK)) {
            marked = new BodyBlock.Paragraph(withEndMark(p.text()));
        } else if (last instanceof BodyBlock.Article a && a.text().isPresent()
                && !a.text().get().endsWith(END_MARK)) {
            marked = new BodyBlock.Article(a.number(), a.title(), a.text().map(AdministrativeDocument::withEndMark));
        }
        if (marked == last) {
            return body;
        }
        List<BodyBlock> copy = new ArrayList<>(body);
        copy.set(copy.size() - 1, marked);
        return List.copyOf(copy);
    }

    private static String withEndMark(String text) {
        String stripped = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        return stripped + END_MARK;
    }

    /**
     * Builds an {@link AdministrativeDocument}; a single-thread scratch object. Unset optional
     * components are absent; unset lists are empty.
     */
    public static final class Builder {
        private DocumentType type;
        private String parentAuthority;
        private String issuingAuthority = "";
        private DocumentNumber number;
        private String place = "";
        private IssueDate date = IssueDate.pending();
        private String subject;
        private List<String> addressees = new ArrayList<>();
        private List<BodyBlock> body = new ArrayList<>();
        private SignatureBlock signer;
        private Distribution distribution = Distribution.empty();
        private Urgency urgency;
        private Confidentiality confidentiality;
        private String circulationNote;
        private List<String> contact = new ArrayList<>();
        private List<Appendix> appendices = new ArrayList<>();
        private CopyCertification copy;
        private SignatureBlock coSigner;
        private boolean cornerSignature;
        private String issuingBodyName;
        private boolean appendicesOnly;

        private Builder() {}

        /**
         * Sets the document type (required).
         *
         * @param type the type
         * @return this builder
         */
        public Builder type(DocumentType type) {
            this.type = Objects.requireNonNull(type, "type");
            return this;
        }

        /**
         * Sets the parent body.
         *
         * @param parentAuthority the parent body
         * @return this builder
         */
        public Builder parentAuthority(String parentAuthority) {
            this.parentAuthority = Objects.requireNonNull(parentAuthority, "parentAuthority");
            return this;
        }

        /**
         * Sets the issuing body (required by the decree).
         *
         * @param issuingAuthority the issuing body
         * @return this builder
         */
        public Builder issuingAuthority(String issuingAuthority) {
            this.issuingAuthority = Objects.requireNonNull(issuingAuthority, "issuingAuthority");
            return this;
        }

        /**
         * Sets the issuing body's name as written in running text, in normal case, e.g. "Sở Khoa
         * học và Công nghệ tỉnh Lai Châu"; unset, running text uses the issuing authority as in the
         * header.
         *
         * @param issuingBodyName the name in running text
         * @return this builder
         */
        public Builder issuingBodyName(String issuingBodyName) {
            this.issuingBodyName = Objects.requireNonNull(issuingBodyName, "issuingBodyName");
            return this;
        }

        /**
         * Sets the number and symbol (required).
         *
         * @param number the number and symbol
         * @return this builder
         */
        public Builder number(DocumentNumber number) {
            this.number = Objects.requireNonNull(number, "number");
            return this;
        }

        /**
         * Sets the place name.
         *
         * @param place the place
         * @return this builder
         */
        public Builder place(String place) {
            this.place = Objects.requireNonNull(place, "place");
            return this;
        }

        /**
         * Sets the date of issue; pending (blank) when unset.
         *
         * @param date the date
         * @return this builder
         */
        public Builder date(IssueDate date) {
            this.date = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * Sets the subject (trích yếu), without "V/v".
         *
         * @param subject the subject
         * @return this builder
         */
        public Builder subject(String subject) {
            this.subject = Objects.requireNonNull(subject, "subject");
            return this;
        }

        /**
         * Sets the "Kính gửi" addressees.
         *
         * @param addressees the addressees
         * @return this builder
         */
        public Builder addressees(List<String> addressees) {
            this.addressees = new ArrayList<>(addressees);
            return this;
        }

        /**
         * Sets the body blocks.
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(List<? extends BodyBlock> body) {
            this.body = new ArrayList<>(body);
            return this;
        }

        /**
         * Sets the signer block (required).
         *
         * @param signer the signer
         * @return this builder
         */
        public Builder signer(SignatureBlock signer) {
            this.signer = Objects.requireNonNull(signer, "signer");
            return this;
        }

        /**
         * Sets the "Nơi nhận" block.
         *
         * @param distribution the distribution
         * @return this builder
         */
        public Builder distribution(Distribution distribution) {
            this.distribution = Objects.requireNonNull(distribution, "distribution");
            return this;
        }

        /**
         * Sets the urgency.
         *
         * @param urgency the urgency
         * @return this builder
         */
        public Builder urgency(Urgency urgency) {
            this.urgency = Objects.requireNonNull(urgency, "urgency");
            return this;
        }

        /**
         * Sets the confidentiality.
         *
         * @param confidentiality the confidentiality
         * @return this builder
         */
        public Builder confidentiality(Confidentiality confidentiality) {
            this.confidentiality = Objects.requireNonNull(confidentiality, "confidentiality");
            return this;
        }

        /**
         * Sets the circulation note.
         *
         * @param circulationNote the note, e.g. "XEM XONG TRẢ LẠI"
         * @return this builder
         */
        public Builder circulationNote(String circulationNote) {
            this.circulationNote = Objects.requireNonNull(circulationNote, "circulationNote");
            return this;
        }

        /**
         * Sets the contact lines of ô 13.
         *
         * @param contact the lines
         * @return this builder
         */
        public Builder contact(List<String> contact) {
            this.contact = new ArrayList<>(contact);
            return this;
        }

        /**
         * Sets the appendices.
         *
         * @param appendices the appendices
         * @return this builder
         */
        public Builder appendices(List<Appendix> appendices) {
            this.appendices = new ArrayList<>(appendices);
            return this;
        }

        /**
         * Sets the copy block.
         *
         * @param copy the copy block
         * @return this builder
         */
        public Builder copy(CopyCertification copy) {
            this.copy = Objects.requireNonNull(copy, "copy");
            return this;
        }

        /**
         * Sets the second signer, printed in the left column above "Nơi nhận" (form 1.9).
         *
         * @param coSigner the second signer
         * @return this builder
         */
        public Builder coSigner(SignatureBlock coSigner) {
            this.coSigner = Objects.requireNonNull(coSigner, "coSigner");
            return this;
        }

        /**
         * Sets whether the organisation signs the file at the top right of page 1 (ô 14), as on an
         * electronic copy (form 3.2) or an appendix issued as a separate file (form 2.2); off by
         * default.
         *
         * @param cornerSignature whether the document carries the ô 14 signature
         * @return this builder
         */
        public Builder cornerSignature(boolean cornerSignature) {
            this.cornerSignature = cornerSignature;
            return this;
        }

        /**
         * Sets whether the file carries only the appendices, issued as an electronic file of their
         * own beside the main document (form 2.2); off by default. Setting it also sets {@link
         * #cornerSignature(boolean) cornerSignature}, since the issuing body signs every separate
         * file at the top right of page 1; turning it off again leaves {@code cornerSignature} as
         * it is. The other components keep describing the main document, whose type, symbol and
         * issuing body the appendices' reference lines name.
         *
         * @param appendicesOnly whether only the appendices are printed
         * @return this builder
         */
        public Builder appendicesOnly(boolean appendicesOnly) {
            this.appendicesOnly = appendicesOnly;
            this.cornerSignature |= appendicesOnly;
            return this;
        }

        /**
         * Builds the document.
         *
         * @return the immutable document
         * @throws IllegalStateException naming the first required component that is unset
         */
        public AdministrativeDocument build() {
            if (type == null) {
                throw new IllegalStateException("type is required");
            }
            if (number == null) {
                throw new IllegalStateException("number is required (use DocumentNumber.unassigned(symbol))");
            }
            if (signer == null) {
                throw new IllegalStateException("signer is required");
            }
            return new AdministrativeDocument(
                    type,
                    Optional.ofNullable(parentAuthority),
                    issuingAuthority,
                    Optional.ofNullable(issuingBodyName),
                    number,
                    place,
                    date,
                    Optional.ofNullable(subject),
                    new Addressees(addressees),
                    body,
                    signer,
                    distribution,
                    Optional.ofNullable(urgency),
                    Optional.ofNullable(confidentiality),
                    Optional.ofNullable(circulationNote),
                    contact,
                    appendices,
                    Optional.ofNullable(copy),
                    Optional.ofNullable(coSigner),
                    cornerSignature,
                    appendicesOnly);
        }
    }
}
