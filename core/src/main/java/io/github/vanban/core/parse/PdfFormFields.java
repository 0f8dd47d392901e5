// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.parse;

import io.github.vanban.core.render.pdf.PdfFields;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The issuing fields of a PDF from vanban's renderer, as the records office filled them: the
 * values ({@code /V}) of the top-level AcroForm text fields named in {@link PdfFields} (number,
 * day, month, year). The page text shows these parts blank, because a filled field's value lives
 * in the widget's appearance, not in the page's content.
 *
 * <p>Only what is needed is read, and boundedly: the top-level {@code /Fields} array (at most
 * {@link #MAX_FIELDS} entries, no walk into kids), string values of at most {@link #MAX_VALUE_CHARS}
 * characters, and PDFBox's scratch memory capped like Tika's.
 *
 * @param values field name → value as filled, blank values left out
 */
record PdfFormFields(Map<String, String> values) {
    /** No filled fields: a non-PDF, an unfilled form, or a PDF whose fields cannot be read. */
    static final PdfFormFields NONE = new PdfFormFields(Map.of());

    /** The fields read; any other field is ignored. */
    static final Set<String> NAMES = Set.of(PdfFields.NUMBER, PdfFields.DAY, PdfFields.MONTH, PdfFields.YEAR);

    /** More top-level fields than any letter has (vanban's PDFs have six at most). */
    static final int MAX_FIELDS = 1000;

    /** Longer than any number or date part; a longer value is not an issuing value. */
    static final int MAX_VALUE_CHARS = 32;

    PdfFormFields {
        values = Map.copyOf(values);
    }

    /** Returns the filled value of {@code name}, stripped. */
    Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /**
     * Reads the issuing fields of {@code pdf}; a PDF that PDFBox cannot open (damaged, encrypted)
     * gives {@link #NONE}: the text extraction reports those cases.
     */
    static PdfFormFields read(byte[] pdf, long maxMemoryBytes) {
        try (PDDocument document = Loader.loadPDF(pdf, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(maxMemoryBytes).streamCache)) {
            COSDictionary form = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.ACRO_FORM);
            COSArray fields = form == null ? null : form.getCOSArray(COSName.FIELDS);
            if (fields == null) {
                return NONE;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < Math.min(fields.size(), MAX_FIELDS); i++) {
                if (fields.getObject(i) instanceof COSDictionary field) {
                    String name = field.getString(COSName.T);
                    if (name != null && NAMES.contains(name) && !values.containsKey(name)) {
                        COSBase value = field.getDictionaryObject(COSName.V);
                        if (value instanceof COSString s && s.getString().length() <= MAX_VALUE_CHARS
                                && !s.getString().isBlank()) {
                            values.put(name, s.getString().strip());
                        }
                    }
                }
            }
            return new PdfFormFields(values);
        } catch (IOException | RuntimeException e) {
            return NONE;
        }
    }
}
