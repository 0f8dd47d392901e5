// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.cli;

import io.github.vanban.core.render.pdf.PdfFields;
import io.github.vanban.core.text.VietnameseText;
import io.github.vanban.signing.Appearance;
import io.github.vanban.signing.CopyForm;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The text-only body signatures of Decree 30/2020/NĐ-CP at the top right of page 1 (ô 14), for
 * {@code sign} and {@code batch sign}: {@code --attachment-stamp} for an attachment or appendix
 * issued as a separate file (Appendix I II.8.b, form 2.2) and {@code --copy-stamp} with {@code
 * --copier} for an electronic copy (Part II.I, form 3.2). Neither shows an image, so both exclude {@code --image},
 * {@code --seal} and {@code --text}. Text is NFC-normalised on the way in.
 */
final class StampOptions {
    /** The field the renderer reserves for the stamp. */
    static final String FIELD = PdfFields.CORNER;

    /** "15/QĐ-UBND", "12/2024/NĐ-CP": a number, a slash, then the symbol. */
    private static final Pattern NUMBER_AND_SYMBOL = Pattern.compile("\\d+/\\S.*");

    /** The main document's number/symbol leaked with its label, "Số: 15/QĐ-UBND". */
    private static final Pattern LABELLED = Pattern.compile("(?iu)s[oốỐ]\\s*:.*");

    /** The person's and the seal's fields, where a stamp does not belong. */
    private static final List<String> NOT_FOR_STAMPS = List.of(PdfFields.SIGNER, PdfFields.SEAL, PdfFields.CO_SIGNER);

    @Option(names = "--attachment-stamp", paramLabel = "NUMBER/SYMBOL",
            description = "Sign an attachment or appendix issued as a separate file (form 2.2) with the "
                    + "text stamp \"Số: NUMBER/SYMBOL; dd/MM/yyyy; HH:mm:ss +07:00\" at the top right of "
                    + "page 1; NUMBER/SYMBOL is the main document's, e.g. 15/QĐ-UBND.")
    @Nullable String attachment;

    @Option(names = "--copy-stamp", paramLabel = "FORM", converter = CopyFormConverter.class,
            description = "Sign an electronic copy (form 3.2) with the text stamp \"FORM; BODY; dd/MM/yyyy; "
                    + "HH:mm:ss +07:00\" at the top right of page 1. FORM: SAO_Y, SAO_LUC or TRICH_SAO "
                    + "(or \"SAO Y\", \"SAO LỤC\", \"TRÍCH SAO\"; any case). Needs --copier.")
    @Nullable CopyForm copyForm;

    @Option(names = "--copier", paramLabel = "BODY",
            description = "The copying body's name for --copy-stamp, e.g. \"Văn phòng Ủy ban nhân dân tỉnh\".")
    @Nullable String copier;

    /**
     * Tells whether a stamp was asked for.
     *
     * @return true with {@code --attachment-stamp} or {@code --copy-stamp}
     */
    boolean isPresent() {
        return attachment != null || copyForm != null;
    }

    /**
     * Rejects stamp options that contradict each other or {@code sign}'s image options, and a stamp
     * aimed at the person's or the seal's field.
     *
     * @param look the image options given with the stamp
     * @param field the {@code --field} given, if any
     * @throws CommandException naming the options at fault
     */
    void check(SignCommand.AppearanceOptions look, @Nullable String field) {
        String image = look.signature() != null ? "--image" : look.seal() != null ? "--seal"
                : look.sealMm != null ? "--seal-mm" : null;
        check(image, look.text, field);
    }

    /**
     * Rejects stamp options that contradict each other or the image options, and a stamp aimed at
     * the person's or the seal's field.
     *
     * @param image the image option given with the stamp ({@code --image}, {@code --seal} …), if any
     * @param text whether {@code --text} was given
     * @param field the {@code --field} given, if any
     * @throws CommandException naming the options at fault
     */
    void check(@Nullable String image, boolean text, @Nullable String field) {
        if (copier != null && copyForm == null) {
            throw new CommandException("--copier needs --copy-stamp SAO_Y|SAO_LUC|TRICH_SAO");
        }
        if (!isPresent()) {
            return;
        }
        String option = option();
        if (attachment != null && copyForm != null) {
            throw new CommandException("--attachment-stamp and --copy-stamp are two different stamps "
                    + "(form 2.2 and form 3.2): give one");
        }
        if (copyForm != null && copier == null) {
            throw new CommandException("--copy-stamp needs --copier BODY, the name of the copying body (cơ quan sao)");
        }
        if (image != null) {
            throw new CommandException(option + " is text only (Decree 30/2020/NĐ-CP shows no image in it): drop "
                    + image);
        }
        if (text) {
            throw new CommandException("--text does not apply to " + option
                    + ": the stamp line already shows the signing time");
        }
        if (field != null && NOT_FOR_STAMPS.contains(field)) {
            throw new CommandException(option + " goes in " + FIELD + " at the top right of page 1, not in " + field);
        }
        appearance();
    }

    /**
     * Tells why a PDF cannot take the stamp in its default field: it has no {@code vanban_corner}. A
     * stamp is never put in another field, and the field is only added when {@code --field} asks.
     *
     * @param pdf the PDF to stamp
     * @return the reason, or empty when the PDF has the field
     * @throws java.io.UncheckedIOException when the file cannot be read as a PDF
     */
    Optional<String> missingField(Path pdf) {
        if (SignatureFields.has(pdf, FIELD)) {
            return Optional.empty();
        }
        return Optional.of(pdf + " has no signature field " + FIELD + " for " + option()
                + ": render it with \"cornerSignature\": true, or give --field " + FIELD
                + " to add the field at the top right of page 1");
    }

    /**
     * Builds the stamp, checking and NFC-normalising its text.
     *
     * @return the stamp, or empty when none was asked for
     * @throws CommandException when the number or the body name is empty, not one line, or the
     *     number is not a number and symbol
     */
    Optional<Appearance> appearance() {
        String number = attachment;
        if (number != null) {
            String text = line("--attachment-stamp", number, "the main document's number and symbol, e.g. 15/QĐ-UBND");
            if (LABELLED.matcher(text).matches()) {
                throw new CommandException("--attachment-stamp takes the number and symbol without \"Số:\", "
                        + "e.g. 15/QĐ-UBND; got '" + text + "'");
            }
            if (!NUMBER_AND_SYMBOL.matcher(text).matches()) {
                throw new CommandException("--attachment-stamp '" + text
                        + "' is not a number and symbol (số/ký hiệu) such as 15/QĐ-UBND");
            }
            return Optional.of(Appearance.attachmentStamp(text));
        }
        CopyForm form = copyForm;
        String body = copier;
        if (form != null && body != null) {
            return Optional.of(Appearance.copyStamp(form, line("--copier", body, "the name of the copying body")));
        }
        return Optional.empty();
    }

    /** Returns the stamp option given, for messages. */
    String option() {
        return attachment != null ? "--attachment-stamp" : "--copy-stamp";
    }

    /** Strips and NFC-normalises a one-line value, refusing an empty one or one with line breaks. */
    private static String line(String option, String value, String what) {
        String text = VietnameseText.nfc(value);
        if (text.isEmpty()) {
            throw new CommandException(option + " is empty: give " + what);
        }
        if (text.codePoints().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029')) {
            throw new CommandException(option + " must be one line of text, without line breaks or control characters");
        }
        return text;
    }

    /**
     * Reads a form of copy as {@code SAO_Y}, {@code SAO_LUC}, {@code TRICH_SAO} or the printed
     * label ({@code SAO Y}, {@code SAO LỤC}, {@code TRÍCH SAO}), in any case, with or without
     * diacritics.
     */
    static final class CopyFormConverter implements ITypeConverter<CopyForm> {
        private static final Pattern MARKS = Pattern.compile("\\p{M}+");
        private static final Pattern SEPARATORS = Pattern.compile("[\\s_-]+");

        @Override
        public CopyForm convert(String value) {
            String ascii = MARKS.matcher(Normalizer.normalize(value.strip(), Normalizer.Form.NFD)).replaceAll("");
            String key = SEPARATORS.matcher(ascii.replace('đ', 'd').replace('Đ', 'D').toUpperCase(Locale.ROOT))
                    .replaceAll("_");
            for (CopyForm form : CopyForm.values()) {
                if (form.name().equals(key)) {
                    return form;
                }
            }
            throw new TypeConversionException("'" + value
                    + "' is not a form of copy; expected SAO_Y, SAO_LUC or TRICH_SAO (SAO Y, SAO LỤC, TRÍCH SAO)");
        }
    }
}
