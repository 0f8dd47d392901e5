// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.pdf;

import io.github.vanban.core.model.IssueDate;
import io.github.vanban.core.render.PageProfile;
import java.time.Clock;
import java.util.Objects;

/**
 * Settings of a {@link PdfRenderer}.
 *
 * @param profile the page geometry and sizes shared with the DOCX renderer
 * @param fonts the document font
 * @param clock the source of the creation time written to the metadata (xmp:CreateDate, in
 *     Vietnam time, +07:00)
 * @param producer the producer written to the metadata (pdf:Producer and /Producer)
 * @param sealDiameterMm the width in mm of the organisation's seal, {@value #MIN_SEAL_DIAMETER_MM}
 *     to {@value #MAX_SEAL_DIAMETER_MM}: the {@link PdfFields#SEAL} placeholder is a square of this
 *     size where the seal goes, so sealing with a seal of this width fills it without moving or
 *     resizing it (a change validators such as EU DSS report)
 */
public record PdfRenderOptions(PageProfile profile, FontProvider fonts, Clock clock, String producer,
        double sealDiameterMm) {

    /** The default producer string. */
    public static final String DEFAULT_PRODUCER = "vanban (PDFBox)";

    /** The default seal width, 36 mm: the usual round seal of a Vietnamese agency. */
    public static final double DEFAULT_SEAL_DIAMETER_MM = 36;

    /** The smallest seal width accepted, as by the signing module's seal appearance. */
    public static final double MIN_SEAL_DIAMETER_MM = 10;

    /** The largest seal width accepted, as by the signing module's seal appearance. */
    public static final double MAX_SEAL_DIAMETER_MM = 100;

    /**
     * Creates options, rejecting nulls and a blank producer.
     *
     * @param profile the page profile
     * @param fonts the font provider
     * @param clock the clock for the creation time
     * @param producer the producer string
     * @param sealDiameterMm the seal width in mm
     * @throws IllegalArgumentException if the producer is blank or the seal width out of range
     */
    public PdfRenderOptions {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(fonts, "fonts");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(producer, "producer");
        if (producer.isBlank()) {
            throw new IllegalArgumentException("producer must not be blank");
        }
        if (!(sealDiameterMm >= MIN_SEAL_DIAMETER_MM && sealDiameterMm <= MAX_SEAL_DIAMETER_MM)) {
            throw new IllegalArgumentException("sealDiameterMm (đường kính con dấu) must be between 10 and 100 mm, was "
                    + sealDiameterMm);
        }
    }

    /**
     * Creates options with the {@linkplain #DEFAULT_SEAL_DIAMETER_MM default seal width}.
     *
     * @param profile the page profile
     * @param fonts the font provider
     * @param clock the clock for the creation time
     * @param producer the producer string
     * @throws IllegalArgumentException if the producer is blank
     */
    public PdfRenderOptions(PageProfile profile, FontProvider fonts, Clock clock, String producer) {
        this(profile, fonts, clock, producer, DEFAULT_SEAL_DIAMETER_MM);
    }

    /**
     * Returns the defaults: {@link PageProfile#defaults()}, Liberation Serif, the system clock in
     * Vietnam's zone, and {@value #DEFAULT_PRODUCER}.
     *
     * @return the default options
     */
    public static PdfRenderOptions defaults() {
        return builder().build();
    }

    /**
     * Returns a builder starting from the defaults.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding these options.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder().profile(profile).fonts(fonts).clock(clock).producer(producer)
                .sealDiameterMm(sealDiameterMm);
    }

    /** Builds {@link PdfRenderOptions}; a single-thread scratch object. */
    public static final class Builder {
        private PageProfile profile = PageProfile.defaults();
        private FontProvider fonts;
        private Clock clock = Clock.system(IssueDate.ZONE);
        private String producer = DEFAULT_PRODUCER;
        private double sealDiameterMm = DEFAULT_SEAL_DIAMETER_MM;

        private Builder() {}

        /**
         * Sets the page profile.
         *
         * @param profile the profile
         * @return this builder
         */
        public Builder profile(PageProfile profile) {
            this.profile = Objects.requireNonNull(profile, "profile");
            return this;
        }

        /**
         * Sets the font.
         *
         * @param fonts the font provider
         * @return this builder
         */
        public Builder fonts(FontProvider fonts) {
            this.fonts = Objects.requireNonNull(fonts, "fonts");
            return this;
        }

        /**
         * Sets the clock for the metadata's creation time (fix it for reproducible output).
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets the producer string.
         *
         * @param producer the producer
         * @return this builder
         */
        public Builder producer(String producer) {
            this.producer = Objects.requireNonNull(producer, "producer");
            return this;
        }

        /**
         * Sets the width of the organisation's seal, which sizes the {@link PdfFields#SEAL}
         * placeholder; give the width the seal will be applied with.
         *
         * @param sealDiameterMm the width in mm, 10 to 100
         * @return this builder
         */
        public Builder sealDiameterMm(double sealDiameterMm) {
            this.sealDiameterMm = sealDiameterMm;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         * @throws IllegalArgumentException if the producer is blank or the seal width out of range
         */
        public PdfRenderOptions build() {
            return new PdfRenderOptions(profile, fonts != null ? fonts : FontProvider.liberationSerif(), clock,
                    producer, sealDiameterMm);
        }
    }
}
