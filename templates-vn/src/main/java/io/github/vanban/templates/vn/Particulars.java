// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.templates.vn;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.model.Confidentiality;
import io.github.vanban.core.model.Distribution;
import io.github.vanban.core.model.DistributionEntry;
import io.github.vanban.core.model.DocumentNumber;
import io.github.vanban.core.model.DocumentType;
import io.github.vanban.core.model.DrafterCode;
import io.github.vanban.core.model.FileCopy;
import io.github.vanban.core.model.IssueDate;
import io.github.vanban.core.model.SignatureBlock;
import io.github.vanban.core.model.Urgency;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What every form shares and only the issuing agency or the clerk supplies: the agency profile,
 * the number (assigned at registration, else left blank), the date, the signer, the "Nơi nhận"
 * recipients before the closing "Lưu" line, the drafter code and the stamps.
 *
 * @param agency the issuing agency's profile
 * @param number the document number; empty leaves "Số:" blank for the clerk (Article 15)
 * @param date the date of issue; pending dates print blanks
 * @param signer the signer; when empty the profile's default signer signs
 * @param recipients the "Nơi nhận" entries before "Lưu", in order
 * @param fileCopy the units of the "Lưu" line; when empty the profile's
 * @param drafter the drafter code and copies issued (ô 12), if any
 * @param urgency the urgency stamp, if any
 * @param confidentiality the confidentiality stamp, if any
 */
public record Particulars(
        AgencyProfile agency,
        OptionalInt number,
        IssueDate date,
        Optional<SignatureBlock> signer,
        List<DistributionEntry> recipients,
        List<String> fileCopy,
        Optional<DrafterCode> drafter,
        Optional<Urgency> urgency,
        Optional<Confidentiality> confidentiality) {

    /** Creates the particulars. */
    public Particulars {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(number, "number");
        if (number.isPresent() && number.getAsInt() < 1) {
            throw new IllegalArgumentException("number must be 1 or more, was " + number.getAsInt());
        }
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(signer, "signer");
        recipients = List.copyOf(recipients);
        fileCopy = List.copyOf(fileCopy);
        Objects.requireNonNull(drafter, "drafter");
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(confidentiality, "confidentiality");
    }

    /**
     * Returns a builder for the given agency.
     *
     * @param agency the issuing agency's profile
     * @return a builder with a pending date and no recipients
     */
    public static Builder builder(AgencyProfile agency) {
        return new Builder(agency);
    }

    /**
     * Returns the signer who signs: the given one, else the profile's default.
     *
     * @return the signer
     * @throws IllegalStateException if neither is set
     */
    public SignatureBlock effectiveSigner() {
        return signer.or(agency::signer).orElseThrow(() -> new IllegalStateException(
                "signer is required: set it on the document or as the default of the agency profile of "
                        + agency.abbreviation()));
    }

    /**
     * Returns the "Nơi nhận" block: the recipients, then "Lưu" with the profile's or the given
     * units, then the drafter code.
     *
     * @param extraFileCopy units appended to the "Lưu" line by the form (e.g. "Hồ sơ" in form 1.9)
     * @return the block
     */
    Distribution distribution(List<String> extraFileCopy) {
        List<String> units = new ArrayList<>(fileCopy.isEmpty() ? agency.fileCopy() : fileCopy);
        extraFileCopy.stream().filter(u -> !units.contains(u)).forEach(units::add);
        return new Distribution(recipients, Optional.of(new FileCopy(units, OptionalInt.empty())), drafter);
    }

    /**
     * Starts a document with the header, signer, distribution, stamps and contact lines filled,
     * and the issuing body's running-text name taken from the profile's {@code name}.
     *
     * @param type the document type
     * @param symbol the symbol after the number, e.g. "GM-SKHCN"
     * @return a builder to add the subject and body to
     */
    AdministrativeDocument.Builder start(DocumentType type, String symbol) {
        AdministrativeDocument.Builder b = AdministrativeDocument.builder()
                .type(type)
                .issuingAuthority(agency.issuingAuthority())
                .issuingBodyName(agency.name())
                .number(number.isPresent() ? DocumentNumber.of(number.getAsInt(), symbol)
                        : DocumentNumber.unassigned(symbol))
                .place(agency.place())
                .date(date)
                .signer(effectiveSigner())
                .distribution(distribution(List.of()))
                .contact(agency.contact());
        agency.parentAuthority().ifPresent(b::parentAuthority);
        urgency.ifPresent(b::urgency);
        confidentiality.ifPresent(b::confidentiality);
        return b;
    }

    /**
     * Returns the usual symbol "&lt;type&gt;-&lt;agency&gt;", e.g. "QĐ-UBND".
     *
     * @param type a type with an abbreviation
     * @return the symbol
     */
    String symbol(DocumentType type) {
        String code = type.abbreviation().orElseThrow(() -> new IllegalArgumentException(
                type.label() + " has no abbreviation in Appendix III"));
        return code + "-" + agency.abbreviation();
    }

    /** Builds {@link Particulars}; a single-thread scratch object. */
    public static final class Builder {
        private final AgencyProfile agency;
        private OptionalInt number = OptionalInt.empty();
        private IssueDate date = IssueDate.pending();
        private SignatureBlock signer;
        private List<DistributionEntry> recipients = new ArrayList<>();
        private List<String> fileCopy = new ArrayList<>();
        private DrafterCode drafter;
        private Urgency urgency;
        private Confidentiality confidentiality;

        private Builder(AgencyProfile agency) {
            this.agency = Objects.requireNonNull(agency, "agency");
        }

        /**
         * Sets the number.
         *
         * @param number 1 or more
         * @return this builder
         */
        public Builder number(int number) {
            this.number = OptionalInt.of(number);
            return this;
        }

        /**
         * Sets the date.
         *
         * @param date the date
         * @return this builder
         */
        public Builder date(IssueDate date) {
            this.date = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * Sets the signer, overriding the profile's default.
         *
         * @param signer the signer
         * @return this builder
         */
        public Builder signer(SignatureBlock signer) {
            this.signer = Objects.requireNonNull(signer, "signer");
            return this;
        }

        /**
         * Adds one "Nơi nhận" recipient.
         *
         * @param name e.g. "Như trên"
         * @return this builder
         */
        public Builder recipient(String name) {
            recipients.add(new DistributionEntry.Recipient(name));
            return this;
        }

        /**
         * Sets the "Nơi nhận" entries.
         *
         * @param recipients the entries
         * @return this builder
         */
        public Builder recipients(List<? extends DistributionEntry> recipients) {
            this.recipients = new ArrayList<>(recipients);
            return this;
        }

        /**
         * Sets the "Lưu" units, overriding the profile's.
         *
         * @param fileCopy e.g. ["VT", "VP"]
         * @return this builder
         */
        public Builder fileCopy(List<String> fileCopy) {
            this.fileCopy = new ArrayList<>(fileCopy);
            return this;
        }

        /**
         * Sets the drafter code.
         *
         * @param drafter the code
         * @return this builder
         */
        public Builder drafter(DrafterCode drafter) {
            this.drafter = Objects.requireNonNull(drafter, "drafter");
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
         * @param confidentiality the level
         * @return this builder
         */
        public Builder confidentiality(Confidentiality confidentiality) {
            this.confidentiality = Objects.requireNonNull(confidentiality, "confidentiality");
            return this;
        }

        /**
         * Builds the particulars.
         *
         * @return the particulars
         */
        public Particulars build() {
            return new Particulars(agency, number, date, Optional.ofNullable(signer), recipients, fileCopy,
                    Optional.ofNullable(drafter), Optional.ofNullable(urgency), Optional.ofNullable(confidentiality));
        }
    }
}
