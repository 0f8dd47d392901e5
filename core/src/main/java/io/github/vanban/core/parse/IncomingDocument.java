// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.parse;

import io.github.vanban.core.model.Confidentiality;
import io.github.vanban.core.model.Distribution;
import io.github.vanban.core.model.DocumentType;
import io.github.vanban.core.model.IssueDate;
import io.github.vanban.core.model.SignatureBlock;
import io.github.vanban.core.model.Urgency;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An incoming document (văn bản đến) as read by {@link DocumentReader}: its media type, its text,
 * and each Decree 30/2020/NĐ-CP component found in that text.
 *
 * <p>Every field is optional: real letters come from many tools and omit or misplace
 * components. {@link #notFound()} lists the mandatory components that were not found. The text is
 * the extracted text normalised to NFC with non-breaking spaces turned into spaces and line ends
 * into {@code \n}; every {@link TextSpan} points into it.
 *
 * @param mediaType the media type Tika detected, e.g. "application/pdf"
 * @param textStatus whether a text layer was found
 * @param truncated {@code true} when the text was cut at the reader's character limit
 * @param text the normalised text
 * @param type the document type (tên loại), from the type-name line, the symbol, or "V/v"
 * @param parentAuthority the direct parent body (cơ quan chủ quản)
 * @param issuingAuthority the issuing body (cơ quan ban hành)
 * @param number the number and symbol; in a PDF, a number printed blank is taken from the filled
 *     form field {@code vanban_number}
 * @param place the place name of ô 4
 * @param date the date of issue; {@link IssueDate.DayPending} when the day is blank (in a PDF, blank
 *     parts are taken from the filled form fields {@code vanban_day}, {@code vanban_month} and
 *     {@code vanban_year})
 * @param subject the subject (trích yếu) without "V/v"
 * @param recipients the addressees after "Kính gửi:", one name per entry
 * @param signer the signature block: capacities, position and full name
 * @param distribution the "Nơi nhận" list, with the file copy ("Lưu: VT, …")
 * @param urgency the urgency mark
 * @param confidentiality the confidentiality mark
 * @param notes remarks for a clerk in English, e.g. legacy abbreviations or conflicting
 *     components
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record IncomingDocument(
        String mediaType,
        TextStatus textStatus,
        boolean truncated,
        String text,
        Optional<ExtractedField<DocumentType>> type,
        Optional<ExtractedField<String>> parentAuthority,
        Optional<ExtractedField<String>> issuingAuthority,
        Optional<ExtractedField<NumberSymbol>> number,
        Optional<ExtractedField<String>> place,
        Optional<ExtractedField<IssueDate>> date,
        Optional<ExtractedField<String>> subject,
        Optional<ExtractedField<List<String>>> recipients,
        Optional<ExtractedField<SignatureBlock>> signer,
        Optional<ExtractedField<Distribution>> distribution,
        Optional<ExtractedField<Urgency>> urgency,
        Optional<ExtractedField<Confidentiality>> confidentiality,
        List<String> notes) {

    /**
     * Creates a document, checking that every span lies inside the text.
     *
     * @throws IllegalArgumentException if a span ends beyond the text
     */
    public IncomingDocument {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(textStatus, "textStatus");
        Objects.requireNonNull(text, "text");
        notes = List.copyOf(notes);
        recipients = Objects.requireNonNull(recipients, "recipients")
                .map(f -> new ExtractedField<>(List.copyOf(f.value()), f.span(), f.confidence()));
        Map<FieldName, Optional<? extends ExtractedField<?>>> all = new EnumMap<>(FieldName.class);
        all.put(FieldName.TYPE, Objects.requireNonNull(type, "type"));
        all.put(FieldName.PARENT_AUTHORITY, Objects.requireNonNull(parentAuthority, "parentAuthority"));
        all.put(FieldName.ISSUING_AUTHORITY, Objects.requireNonNull(issuingAuthority, "issuingAuthority"));
        all.put(FieldName.NUMBER, Objects.requireNonNull(number, "number"));
        all.put(FieldName.PLACE, Objects.requireNonNull(place, "place"));
        all.put(FieldName.DATE, Objects.requireNonNull(date, "date"));
        all.put(FieldName.SUBJECT, Objects.requireNonNull(subject, "subject"));
        all.put(FieldName.RECIPIENTS, recipients);
        all.put(FieldName.SIGNER, Objects.requireNonNull(signer, "signer"));
        all.put(FieldName.DISTRIBUTION, Objects.requireNonNull(distribution, "distribution"));
        all.put(FieldName.URGENCY, Objects.requireNonNull(urgency, "urgency"));
        all.put(FieldName.CONFIDENTIALITY, Objects.requireNonNull(confidentiality, "confidentiality"));
        for (Map.Entry<FieldName, Optional<? extends ExtractedField<?>>> e : all.entrySet()) {
            if (e.getValue().isPresent() && e.getValue().get().span().end() > text.length()) {
                throw new IllegalArgumentException(e.getKey().jsonName() + " span " + e.getValue().get().span()
                        + " ends beyond the text of " + text.length() + " characters");
            }
        }
    }

    /**
     * Returns a builder for an empty document of the given media type.
     *
     * @param mediaType the detected media type
     * @param text the normalised text
     * @return a builder with every field absent
     */
    public static Builder builder(String mediaType, String text) {
        return new Builder(mediaType, text);
    }

    /**
     * Returns the field of the given name, whatever its value type.
     *
     * @param name the component
     * @return the field, empty when not found
     */
    public Optional<ExtractedField<?>> field(FieldName name) {
        Objects.requireNonNull(name, "name");
        Optional<? extends ExtractedField<?>> found;
        switch (name) {
            case TYPE -> found = type;
            case PARENT_AUTHORITY -> found = parentAuthority;
            case ISSUING_AUTHORITY -> found = issuingAuthority;
            case NUMBER -> found = number;
            case PLACE -> found = place;
            case DATE -> found = date;
            case SUBJECT -> found = subject;
            case RECIPIENTS -> found = recipients;
            case SIGNER -> found = signer;
            case DISTRIBUTION -> found = distribution;
            case URGENCY -> found = urgency;
            case CONFIDENTIALITY -> found = confidentiality;
            default -> throw new AssertionError(name);
        }
        return found.map(f -> f);
    }

    /**
     * Lists the components the document should carry but the reader did not find: the
     * {@linkplain FieldName#isRequired() required} ones, plus the addressees ("Kính gửi") of a
     * công văn. The parent body and the urgency and confidentiality marks are never listed, since
     * most documents rightly have none.
     *
     * @return the missing components in {@link FieldName} order; empty when all were found
     */
    public List<FieldName> notFound() {
        List<FieldName> missing = new ArrayList<>();
        boolean congVan = type.map(t -> t.value() == DocumentType.CONG_VAN).orElse(false);
        for (FieldName name : FieldName.values()) {
            boolean expected = name.isRequired() || (name == FieldName.RECIPIENTS && congVan);
            if (expected && field(name).isEmpty()) {
                missing.add(name);
            }
        }
        return List.copyOf(missing);
    }

    /**
     * Tells whether the text was cut at the reader's character limit.
     *
     * @return the {@code truncated} flag
     */
    public boolean isTruncated() {
        return truncated;
    }

    /**
     * Builds an {@link IncomingDocument}; a single-thread scratch object.
     */
    public static final class Builder {
        private final String mediaType;
        private final String text;
        private TextStatus textStatus = TextStatus.EXTRACTED;
        private boolean truncated;
        private Optional<ExtractedField<DocumentType>> type = Optional.empty();
        private Optional<ExtractedField<String>> parentAuthority = Optional.empty();
        private Optional<ExtractedField<String>> issuingAuthority = Optional.empty();
        private Optional<ExtractedField<NumberSymbol>> number = Optional.empty();
        private Optional<ExtractedField<String>> place = Optional.empty();
        private Optional<ExtractedField<IssueDate>> date = Optional.empty();
        private Optional<ExtractedField<String>> subject = Optional.empty();
        private Optional<ExtractedField<List<String>>> recipients = Optional.empty();
        private Optional<ExtractedField<SignatureBlock>> signer = Optional.empty();
        private Optional<ExtractedField<Distribution>> distribution = Optional.empty();
        private Optional<ExtractedField<Urgency>> urgency = Optional.empty();
        private Optional<ExtractedField<Confidentiality>> confidentiality = Optional.empty();
        private final List<String> notes = new ArrayList<>();

        private Builder(String mediaType, String text) {
            this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
            this.text = Objects.requireNonNull(text, "text");
        }

        /**
         * Sets the text status.
         *
         * @param textStatus whether a text layer was found
         * @return this builder
         */
        public Builder textStatus(TextStatus textStatus) {
            this.textStatus = Objects.requireNonNull(textStatus, "textStatus");
            return this;
        }

        /**
         * Marks the text as cut at the character limit.
         *
         * @param truncated {@code true} if cut
         * @return this builder
         */
        public Builder truncated(boolean truncated) {
            this.truncated = truncated;
            return this;
        }

        /**
         * Sets the document type.
         *
         * @param type the field
         * @return this builder
         */
        public Builder type(ExtractedField<DocumentType> type) {
            this.type = Optional.of(type);
            return this;
        }

        /**
         * Sets the parent body.
         *
         * @param parentAuthority the field
         * @return this builder
         */
        public Builder parentAuthority(ExtractedField<String> parentAuthority) {
            this.parentAuthority = Optional.of(parentAuthority);
            return this;
        }

        /**
         * Sets the issuing body.
         *
         * @param issuingAuthority the field
         * @return this builder
         */
        public Builder issuingAuthority(ExtractedField<String> issuingAuthority) {
            this.issuingAuthority = Optional.of(issuingAuthority);
            return this;
        }

        /**
         * Sets the number and symbol.
         *
         * @param number the field
         * @return this builder
         */
        public Builder number(ExtractedField<NumberSymbol> number) {
            this.number = Optional.of(number);
            return this;
        }

        /**
         * Sets the place name.
         *
         * @param place the field
         * @return this builder
         */
        public Builder place(ExtractedField<String> place) {
            this.place = Optional.of(place);
            return this;
        }

        /**
         * Sets the date of issue.
         *
         * @param date the field
         * @return this builder
         */
        public Builder date(ExtractedField<IssueDate> date) {
            this.date = Optional.of(date);
            return this;
        }

        /**
         * Sets the subject.
         *
         * @param subject the field
         * @return this builder
         */
        public Builder subject(ExtractedField<String> subject) {
            this.subject = Optional.of(subject);
            return this;
        }

        /**
         * Sets the addressees.
         *
         * @param recipients the field
         * @return this builder
         */
        public Builder recipients(ExtractedField<List<String>> recipients) {
            this.recipients = Optional.of(recipients);
            return this;
        }

        /**
         * Sets the signer.
         *
         * @param signer the field
         * @return this builder
         */
        public Builder signer(ExtractedField<SignatureBlock> signer) {
            this.signer = Optional.of(signer);
            return this;
        }

        /**
         * Sets the distribution list.
         *
         * @param distribution the field
         * @return this builder
         */
        public Builder distribution(ExtractedField<Distribution> distribution) {
            this.distribution = Optional.of(distribution);
            return this;
        }

        /**
         * Sets the urgency mark.
         *
         * @param urgency the field
         * @return this builder
         */
        public Builder urgency(ExtractedField<Urgency> urgency) {
            this.urgency = Optional.of(urgency);
            return this;
        }

        /**
         * Sets the confidentiality mark.
         *
         * @param confidentiality the field
         * @return this builder
         */
        public Builder confidentiality(ExtractedField<Confidentiality> confidentiality) {
            this.confidentiality = Optional.of(confidentiality);
            return this;
        }

        /**
         * Adds a remark for a clerk.
         *
         * @param note the remark in English
         * @return this builder
         */
        public Builder note(String note) {
            notes.add(Objects.requireNonNull(note, "note"));
            return this;
        }

        /**
         * Builds the document.
         *
         * @return the immutable document
         * @throws IllegalArgumentException if a span lies outside the text
         */
        public IncomingDocument build() {
            return new IncomingDocument(mediaType, textStatus, truncated, text, type, parentAuthority,
                    issuingAuthority, number, place, date, subject, recipients, signer, distribution, urgency,
                    confidentiality, notes);
        }
    }
}
