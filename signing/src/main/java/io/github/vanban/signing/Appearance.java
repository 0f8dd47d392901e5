// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing;

import java.text.Normalizer;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a signature shows on the page (Decree 30/2020/NĐ-CP Appendix I II.7.d, II.8.a–b, Part
 * II.I). Every visible text uses an embedded Liberation Serif (metric-compatible with Times New
 * Roman), so the output stays PDF/A. Displayed times are the signing time ({@code /M}) in Vietnam
 * time, {@code dd/MM/yyyy HH:mm:ss +07:00}. Every text is NFC-normalised on the way in, so what
 * is drawn extracts back as the same string whichever form the caller typed.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public sealed interface Appearance
        permits Appearance.Invisible, Appearance.SignatureImage, Appearance.Seal,
                Appearance.TextStamp {

    /**
     * No visible appearance (a zero-size widget).
     *
     * @return the invisible appearance
     */
    static Appearance invisible() {
        return new Invisible();
    }

    /**
     * The person's signature: a (blue, transparent) PNG centred in the field, scaled to fit.
     *
     * @param image the handwritten signature
     * @return the appearance, without text
     */
    static SignatureImage signature(PngImage image) {
        return new SignatureImage(image, Optional.empty());
    }

    /**
     * The organisation's signature: the (red, transparent) seal PNG at its real size, placed over
     * the left third of the person's signature field {@code vanban_signer}. The widget rectangle of
     * the field being signed is moved there, unless it already has the seal's width and is square
     * or of the image's height (the PDF renderer's {@code vanban_seal}): then it stays, since
     * validators such as EU DSS report a widget moved after an earlier signature, and the image is
     * fitted into it, centred.
     *
     * @param image the seal
     * @param diameterMm the seal's physical width in mm (its height follows the image ratio)
     * @return the appearance, without text
     */
    static Seal seal(PngImage image, double diameterMm) {
        return new Seal(image, diameterMm, "vanban_signer", Optional.empty());
    }

    /**
     * The body signature on an attachment or appendix in a separate file: one 10 pt black line
     * "Số: &lt;number/symbol&gt;; dd/MM/yyyy; HH:mm:ss +07:00" at the top right of page 1.
     *
     * @param numberAndSymbol the main document's number and symbol, e.g. {@code 12/QĐ-UBND}
     * @return the appearance
     */
    static TextStamp attachmentStamp(String numberAndSymbol) {
        Objects.requireNonNull(numberAndSymbol, "numberAndSymbol");
        return new TextStamp("Số: " + numberAndSymbol);
    }

    /**
     * The body signature on an electronic copy: one 10 pt black line "SAO Y; &lt;body&gt;;
     * dd/MM/yyyy; HH:mm:ss +07:00" at the top right of page 1.
     *
     * @param form the form of copy
     * @param copyingBody the name of the copying body
     * @return the appearance
     */
    static TextStamp copyStamp(CopyForm form, String copyingBody) {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(copyingBody, "copyingBody");
        return new TextStamp(form.label() + "; " + copyingBody);
    }

    /** See {@link #invisible()}. */
    record Invisible() implements Appearance {}

    /**
     * See {@link #signature(PngImage)}.
     *
     * @param image the signature image
     * @param bodyName when present, two small lines under the image: the body name and the time
     *     {@code dd/MM/yyyy HH:mm:ss +07:00}
     */
    record SignatureImage(PngImage image, Optional<String> bodyName) implements Appearance {
        /** Checks for nulls. */
        public SignatureImage {
            Objects.requireNonNull(image, "image");
            bodyName = Objects.requireNonNull(bodyName, "bodyName").map(b -> line(b, "bodyName"));
        }

        /**
         * Adds the optional text (off by default on the main document, §10.3).
         *
         * @param body the body or person name to print with the time
         * @return a copy with text
         */
        public SignatureImage withText(String body) {
            return new SignatureImage(image, Optional.of(Objects.requireNonNull(body, "body")));
        }
    }

    /**
     * See {@link #seal(PngImage, double)}.
     *
     * @param image the seal image
     * @param diameterMm physical width in mm
     * @param overlapField name of the person's signature field the seal overlaps
     * @param bodyName when present, two small lines under the seal: the body name and the time
     *     {@code dd/MM/yyyy HH:mm:ss +07:00}
     */
    record Seal(PngImage image, double diameterMm, String overlapField, Optional<String> bodyName)
            implements Appearance {
        /** Checks the size and nulls. */
        public Seal {
            Objects.requireNonNull(image, "image");
            Objects.requireNonNull(overlapField, "overlapField");
            bodyName = Objects.requireNonNull(bodyName, "bodyName").map(b -> line(b, "bodyName"));
            if (!(diameterMm >= 10 && diameterMm <= 100)) {
                throw new IllegalArgumentException(
                        "diameterMm must be between 10 and 100, was " + diameterMm);
            }
        }

        /**
         * Adds the optional text "&lt;body&gt;; &lt;time&gt;" (§10.3 INTERPRETATION).
         *
         * @param body the organisation name
         * @return a copy with text
         */
        public Seal withText(String body) {
            return new Seal(image, diameterMm, overlapField,
                    Optional.of(Objects.requireNonNull(body, "body")));
        }

        /**
         * Overlaps another field than {@code vanban_signer}.
         *
         * @param field the person's signature field
         * @return a copy
         */
        public Seal overlapping(String field) {
            return new Seal(image, diameterMm, field, bodyName);
        }
    }

    /**
     * See {@link #attachmentStamp(String)} and {@link #copyStamp(CopyForm, String)}. Signing
     * fails with a {@link SigningException} when the line, at 10 pt, is wider than the field it
     * goes in (the renderer's {@code vanban_corner} is 150 mm) or, for a new field, than the page
     * less 15 mm on each side: the decree prints it on one line.
     *
     * @param prefix the text before "; dd/MM/yyyy; HH:mm:ss +07:00"; NFC-normalised, one line
     */
    record TextStamp(String prefix) implements Appearance {
        /** Checks and normalises the prefix. */
        public TextStamp {
            prefix = line(Objects.requireNonNull(prefix, "prefix"), "prefix");
            if (prefix.isBlank()) {
                throw new IllegalArgumentException("prefix must not be blank");
            }
        }
    }

    /** NFC-normalises a text drawn on one line, refusing line breaks. */
    private static String line(String text, String name) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        if (nfc.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029')) {
            throw new IllegalArgumentException(name + " must be one line, was '" + nfc + "'");
        }
        return nfc;
    }
}
