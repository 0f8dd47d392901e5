// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.templates.vn;

import io.github.vanban.core.model.SignatureBlock;
import io.github.vanban.core.text.VietnameseText;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The header data an organisation reuses on every document (Decree 30/2020/NĐ-CP, Appendix I,
 * II.2, II.3, II.4, II.9 and III.4): its parent and issuing body, the abbreviation used in
 * symbols, its units, its place name, its contact lines (ô 13), the units named in the closing
 * "Lưu" line, and a default signer.
 *
 * <p>Load it once with {@link #read(Path)} and pass it to every template, so that a letter only
 * carries what changes. Immutable and thread-safe.
 *
 * @param parentAuthority the direct parent body (cơ quan chủ quản), e.g. "UBND TỈNH LAI CHÂU"
 * @param issuingAuthority the issuing body, e.g. "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
 * @param name the issuing body's name in running text, e.g. "Sở Khoa học và Công nghệ" (used in
 *     "… trân trọng kính mời:", and set as the document's {@code issuingBodyName}, so the appendix
 *     reference line "(Kèm theo … của …)" names the body in normal case)
 * @param abbreviation the issuing body's abbreviation in symbols, e.g. "SKHCN"
 * @param units the drafting units by abbreviation, e.g. "VP" → "Văn phòng", in the given order
 * @param place the place name (địa danh) of ô 4, e.g. "Lai Châu"
 * @param contact the address and contact lines of ô 13; empty when not printed
 * @param fileCopy the units of the closing "Lưu" line, e.g. ["VT"]; never empty
 * @param signer the default signer, used when a document names none
 */
public record AgencyProfile(
        Optional<String> parentAuthority,
        String issuingAuthority,
        String name,
        String abbreviation,
        Map<String, String> units,
        String place,
        List<String> contact,
        List<String> fileCopy,
        Optional<SignatureBlock> signer) {

    /** Creates a profile, normalising every text to NFC and checking the required ones. */
    public AgencyProfile {
        parentAuthority = Objects.requireNonNull(parentAuthority, "parentAuthority")
                .map(VietnameseText::nfc).filter(s -> !s.isBlank());
        issuingAuthority = Texts.required(issuingAuthority, "issuingAuthority");
        name = Texts.required(name, "name");
        abbreviation = Texts.required(abbreviation, "abbreviation");
        if (abbreviation.contains("/") || abbreviation.contains(" ")) {
            throw new IllegalArgumentException(
                    "abbreviation must contain no \"/\" or space, was \"" + abbreviation + "\"");
        }
        Map<String, String> copy = new LinkedHashMap<>();
        Objects.requireNonNull(units, "units").forEach((k, v) -> copy.put(
                VietnameseText.nfc(Objects.requireNonNull(k, "units key")),
                VietnameseText.nfc(Objects.requireNonNull(v, "units[" + k + "]"))));
        units = java.util.Collections.unmodifiableMap(copy);
        place = Texts.required(place, "place");
        contact = VietnameseText.nfc(List.copyOf(contact));
        fileCopy = VietnameseText.nfc(List.copyOf(fileCopy));
        if (fileCopy.isEmpty()) {
            throw new IllegalArgumentException("fileCopy needs at least one unit, e.g. \"VT\" (văn thư)");
        }
        Objects.requireNonNull(signer, "signer");
    }

    /**
     * Returns a builder for a new profile.
     *
     * @return an empty builder; "Lưu" defaults to "VT"
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this profile's values, for a modified copy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.parentAuthority = parentAuthority.orElse(null);
        b.issuingAuthority = issuingAuthority;
        b.name = name;
        b.abbreviation = abbreviation;
        b.units = new LinkedHashMap<>(units);
        b.place = place;
        b.contact = new ArrayList<>(contact);
        b.fileCopy = new ArrayList<>(fileCopy);
        b.signer = signer.orElse(null);
        return b;
    }

    /**
     * Reads a profile from a JSON file (UTF-8); the fields are the components of this record.
     *
     * @param file the file
     * @return the profile
     * @throws TemplateException naming the file and the JSON pointer of the first problem
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static AgencyProfile read(Path file) {
        return FormBinder.profile(file);
    }

    /**
     * Reads a profile from a JSON stream (UTF-8); the stream is not closed.
     *
     * @param in the stream
     * @param source the name used in error messages, e.g. a file name
     * @return the profile
     * @throws TemplateException naming the source and the JSON pointer of the first problem
     */
    public static AgencyProfile read(InputStream in, String source) {
        return FormBinder.profile(in, source);
    }

    /**
     * Returns the name of a unit, checking that the profile knows it.
     *
     * @param code the unit's abbreviation, e.g. "VP"
     * @return the unit's name
     * @throws IllegalArgumentException if the profile has no such unit
     */
    public String unit(String code) {
        String name = units.get(code);
        if (name == null) {
            throw new IllegalArgumentException("unit \"" + code + "\" is not one of " + abbreviation
                    + "'s units " + units.keySet());
        }
        return name;
    }

    /** Builds an {@link AgencyProfile}; a single-thread scratch object. */
    public static final class Builder {
        private String parentAuthority;
        private String issuingAuthority = "";
        private String name;
        private String abbreviation = "";
        private Map<String, String> units = new LinkedHashMap<>();
        private String place = "";
        private List<String> contact = new ArrayList<>();
        private List<String> fileCopy = new ArrayList<>(List.of("VT"));
        private SignatureBlock signer;

        private Builder() {}

        /**
         * Sets the parent body.
         *
         * @param parentAuthority e.g. "UBND TỈNH LAI CHÂU"
         * @return this builder
         */
        public Builder parentAuthority(String parentAuthority) {
            this.parentAuthority = Objects.requireNonNull(parentAuthority, "parentAuthority");
            return this;
        }

        /**
         * Sets the issuing body (required).
         *
         * @param issuingAuthority e.g. "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
         * @return this builder
         */
        public Builder issuingAuthority(String issuingAuthority) {
            this.issuingAuthority = Objects.requireNonNull(issuingAuthority, "issuingAuthority");
            return this;
        }

        /**
         * Sets the name in running text; defaults to the issuing authority.
         *
         * @param name e.g. "Sở Khoa học và Công nghệ"
         * @return this builder
         */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Sets the abbreviation used in symbols (required).
         *
         * @param abbreviation e.g. "SKHCN"
         * @return this builder
         */
        public Builder abbreviation(String abbreviation) {
            this.abbreviation = Objects.requireNonNull(abbreviation, "abbreviation");
            return this;
        }

        /**
         * Adds a drafting unit.
         *
         * @param code the unit's abbreviation, e.g. "VP"
         * @param name the unit's name, e.g. "Văn phòng"
         * @return this builder
         */
        public Builder unit(String code, String name) {
            units.put(Objects.requireNonNull(code, "code"), Objects.requireNonNull(name, "name"));
            return this;
        }

        /**
         * Sets the place name (required).
         *
         * @param place e.g. "Lai Châu"
         * @return this builder
         */
        public Builder place(String place) {
            this.place = Objects.requireNonNull(place, "place");
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
         * Sets the units of the closing "Lưu" line.
         *
         * @param fileCopy e.g. ["VT"]
         * @return this builder
         */
        public Builder fileCopy(List<String> fileCopy) {
            this.fileCopy = new ArrayList<>(fileCopy);
            return this;
        }

        /**
         * Sets the default signer.
         *
         * @param signer the signer
         * @return this builder
         */
        public Builder signer(SignatureBlock signer) {
            this.signer = Objects.requireNonNull(signer, "signer");
            return this;
        }

        /**
         * Builds the profile.
         *
         * @return the profile
         * @throws IllegalArgumentException naming the first missing or invalid field
         */
        public AgencyProfile build() {
            return new AgencyProfile(Optional.ofNullable(parentAuthority), issuingAuthority,
                    name == null ? issuingAuthority : name, abbreviation, units,
                    place, contact, fileCopy, Optional.ofNullable(signer));
        }
    }
}
