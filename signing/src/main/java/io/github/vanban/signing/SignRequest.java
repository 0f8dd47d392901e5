// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What to sign and how: the PAdES level, where the signature goes, what it shows, and the optional
 * signature-dictionary texts. Immutable; build with {@link #builder()}.
 *
 * @param level PAdES baseline level to reach (default {@link PadesLevel#B_B})
 * @param field where the signature goes (default {@link FieldLocator#firstEmpty()})
 * @param appearance what it shows (default {@link Appearance#invisible()})
 * @param scheme signature scheme; empty means the key's default
 * @param reason {@code /Reason} (do not combine with a commitment type)
 * @param location {@code /Location}
 * @param contactInfo {@code /ContactInfo}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SignRequest(PadesLevel level, FieldLocator field, Appearance appearance,
        Optional<SignatureScheme> scheme, Optional<String> reason, Optional<String> location,
        Optional<String> contactInfo) {

    /** Rejects nulls. */
    public SignRequest {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(appearance, "appearance");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(contactInfo, "contactInfo");
    }

    /**
     * Starts a builder with the defaults (B-B, first empty field, invisible).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder initialised from this request.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder().level(level).field(field).appearance(appearance);
        b.scheme = scheme;
        b.reason = reason;
        b.location = location;
        b.contactInfo = contactInfo;
        return b;
    }

    /** Builder for {@link SignRequest}; a single-thread scratch object. */
    public static final class Builder {
        private PadesLevel level = PadesLevel.B_B;
        private FieldLocator field = FieldLocator.firstEmpty();
        private Appearance appearance = Appearance.invisible();
        private Optional<SignatureScheme> scheme = Optional.empty();
        private Optional<String> reason = Optional.empty();
        private Optional<String> location = Optional.empty();
        private Optional<String> contactInfo = Optional.empty();

        private Builder() {}

        /**
         * Sets the level.
         *
         * @param level the level
         * @return this builder
         */
        public Builder level(PadesLevel level) {
            this.level = Objects.requireNonNull(level, "level");
            return this;
        }

        /**
         * Sets where the signature goes.
         *
         * @param field the locator
         * @return this builder
         */
        public Builder field(FieldLocator field) {
            this.field = Objects.requireNonNull(field, "field");
            return this;
        }

        /**
         * Shortcut for {@code field(FieldLocator.named(name))}.
         *
         * @param name field name
         * @return this builder
         */
        public Builder fieldName(String name) {
            return field(FieldLocator.named(name));
        }

        /**
         * Sets the appearance.
         *
         * @param appearance the appearance
         * @return this builder
         */
        public Builder appearance(Appearance appearance) {
            this.appearance = Objects.requireNonNull(appearance, "appearance");
            return this;
        }

        /**
         * Chooses the signature scheme instead of the key's default.
         *
         * @param scheme the scheme
         * @return this builder
         */
        public Builder scheme(SignatureScheme scheme) {
            this.scheme = Optional.of(Objects.requireNonNull(scheme, "scheme"));
            return this;
        }

        /**
         * Sets {@code /Reason}.
         *
         * @param reason free text
         * @return this builder
         */
        public Builder reason(String reason) {
            this.reason = Optional.of(Objects.requireNonNull(reason, "reason"));
            return this;
        }

        /**
         * Sets {@code /Location}.
         *
         * @param location free text, e.g. the place name
         * @return this builder
         */
        public Builder location(String location) {
            this.location = Optional.of(Objects.requireNonNull(location, "location"));
            return this;
        }

        /**
         * Sets {@code /ContactInfo}.
         *
         * @param contactInfo free text
         * @return this builder
         */
        public Builder contactInfo(String contactInfo) {
            this.contactInfo = Optional.of(Objects.requireNonNull(contactInfo, "contactInfo"));
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         */
        public SignRequest build() {
            return new SignRequest(level, field, appearance, scheme, reason, location, contactInfo);
        }
    }
}
