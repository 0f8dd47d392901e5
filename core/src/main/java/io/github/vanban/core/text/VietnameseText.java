// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.text;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Vietnamese text handling shared by the model, the renderers and the readers.
 *
 * <p>Every string that enters the model goes through {@link #nfc(String)}: PDF fonts position
 * combining tone marks badly, so precomposed (NFC) text is the only form the renderers accept
 * (Decree 30/2020/NĐ-CP requires Unicode per TCVN 6909:2001).
 */
public final class VietnameseText {
    /** The Vietnamese locale, used for case mapping. */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private VietnameseText() {}

    /**
     * Returns {@code text} in Unicode normalisation form C, with non-breaking spaces turned into
     * plain spaces and leading and trailing white space removed.
     *
     * @param text any text
     * @return the normalised text
     */
    public static String nfc(String text) {
        Objects.requireNonNull(text, "text");
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFC);
        return normalised.replace('\u00A0', ' ').replace('\u202F', ' ').strip();
    }

    /**
     * Normalises every element with {@link #nfc(String)}.
     *
     * @param texts any texts
     * @return an immutable list of normalised texts
     */
    public static List<String> nfc(List<String> texts) {
        return texts.stream().map(VietnameseText::nfc).toList();
    }

    /**
     * Upper-cases Vietnamese text (đ becomes Đ, ư becomes Ư) and keeps it in NFC.
     *
     * @param text any text
     * @return the upper-case text
     */
    public static String upper(String text) {
        return Normalizer.normalize(
                Objects.requireNonNull(text, "text").toUpperCase(VIETNAMESE), Normalizer.Form.NFC);
    }

    /**
     * Tells whether the text is already in upper case (letters only are considered).
     *
     * @param text any text
     * @return {@code true} if no letter changes when upper-cased
     */
    public static boolean isUpper(String text) {
        return upper(text).equals(Normalizer.normalize(text, Normalizer.Form.NFC));
    }
}
