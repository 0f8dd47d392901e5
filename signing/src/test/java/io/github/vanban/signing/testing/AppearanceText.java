// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;

/**
 * Reads the text lines a widget's normal appearance shows (each {@code Tj} decoded through its
 * font's ToUnicode), since text extractors skip annotation appearances.
 */
public final class AppearanceText {
    private AppearanceText() {}

    /**
     * Returns the shown strings of a field's first widget, in drawing order.
     *
     * @param pdf the file
     * @param fieldName fully qualified field name
     * @return one entry per {@code Tj}
     */
    public static List<String> of(Path pdf, String fieldName) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDField field = doc.getDocumentCatalog().getAcroForm(null).getField(fieldName);
            if (field == null) {
                throw new IllegalArgumentException("no field " + fieldName);
            }
            PDAppearanceStream ap = field.getWidgets().get(0).getNormalAppearanceStream();
            List<String> lines = new ArrayList<>();
            PDFont font = null;
            List<Object> operands = new ArrayList<>();
            PDFStreamParser parser = new PDFStreamParser(ap);
            for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
                if (token instanceof Operator) {
                    String op = ((Operator) token).getName();
                    if (op.equals("Tf")) {
                        font = ap.getResources().getFont((COSName) operands.get(0));
                    } else if (op.equals("Tj") && font != null) {
                        byte[] bytes = ((COSString) operands.get(0)).getBytes();
                        StringBuilder sb = new StringBuilder();
                        for (int i = 0; i + 1 < bytes.length; i += 2) {
                            int code = ((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff);
                            sb.append(font.toUnicode(code));
                        }
                        lines.add(sb.toString());
                    }
                    operands.clear();
                } else {
                    operands.add(token);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
