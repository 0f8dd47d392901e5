// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.internal;

import io.github.vanban.signing.IssuanceException;
import io.github.vanban.signing.Issuance;
import io.github.vanban.signing.SigningException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * Fills the issuing fields (number, day, month, year) in an incremental update, each value
 * placed in its widget as the field's /Q says (the PDF renderer right-aligns the number against
 * the slash and centres the date parts).
 */
public final class FormFiller {
    private static final Pattern PRINTED_NUMBER = Pattern.compile("Số:\\s*(\\d+)\\s*/");
    private static final Pattern PRINTED_DATE = Pattern.compile(
            "ngày\\s*(\\d{1,2})?\\s*tháng\\s*(\\d{1,2})?\\s*năm\\s*(\\d{4})?");
    private static final Pattern DA_SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s+Tf");

    private FormFiller() {}

    /**
     * Fills whichever issuing fields exist and checks the printed parts.
     *
     * @param input source
     * @param output target, written only when something was filled
     * @param issuance values
     * @return true when fields were filled and {@code output} written
     */
    public static boolean fill(Path input, Path output, Issuance issuance) {
        try (PDDocument doc = Loader.loadPDF(input.toFile())) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            Map<String, String> wanted = new LinkedHashMap<>();
            wanted.put("vanban_number", issuance.formattedNumber());
            wanted.put("vanban_day", issuance.formattedDay());
            wanted.put("vanban_month", issuance.formattedMonth());
            wanted.put("vanban_year", issuance.formattedYear());
            Map<PDTextField, String> toFill = new LinkedHashMap<>();
            Optional<String> text = Optional.empty();
            for (Map.Entry<String, String> e : wanted.entrySet()) {
                PDField field = form == null ? null : form.getField(e.getKey());
                if (field == null) {
                    if (text.isEmpty()) {
                        text = Optional.of(TextLocator.pageText(doc, 0));
                    }
                    checkPrinted(e.getKey(), e.getValue(), text.get(), input, issuance);
                    continue;
                }
                if (!(field instanceof PDTextField)) {
                    throw new IssuanceException("Field '" + e.getKey() + "' in " + input
                            + " is a " + field.getFieldType() + " field, not a text field");
                }
                String current = field.getValueAsString();
                if (!current.isBlank()) {
                    if (!current.trim().equals(e.getValue())) {
                        throw new IssuanceException("Field '" + e.getKey() + "' in " + input
                                + " already holds '" + current + "', not '" + e.getValue() + "'");
                    }
                    continue;
                }
                if (field.getWidgets().isEmpty()) {
                    throw new IssuanceException("Field '" + e.getKey() + "' in " + input
                            + " has no widget to print on");
                }
                toFill.put((PDTextField) field, e.getValue());
            }
            if (toFill.isEmpty()) {
                return false;
            }
            PDType0Font font = Fonts.serif(doc);
            for (Map.Entry<PDTextField, String> e : toFill.entrySet()) {
                write(doc, font, e.getKey(), e.getValue());
            }
            doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            form.getCOSObject().setNeedToBeUpdated(true);
            COSArray fields = form.getCOSObject().getCOSArray(COSName.FIELDS);
            if (fields != null) {
                fields.setNeedToBeUpdated(true);
            }
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
                doc.saveIncremental(out);
            }
            return true;
        } catch (IOException e) {
            throw new SigningException("Cannot fill the issuing fields of " + input + ": "
                    + e.getMessage(), e);
        }
    }

    private static void checkPrinted(String name, String value, String text, Path input,
            Issuance issuance) {
        String printed;
        if (name.equals("vanban_number")) {
            Matcher m = PRINTED_NUMBER.matcher(text);
            printed = m.find() ? m.group(1) : null;
        } else {
            Matcher m = PRINTED_DATE.matcher(text);
            int group = name.equals("vanban_day") ? 1 : name.equals("vanban_month") ? 2 : 3;
            printed = m.find() ? m.group(group) : null;
        }
        String what = name.substring("vanban_".length());
        if (printed == null) {
            throw new IssuanceException("Cannot assign the " + what + " in " + input
                    + ": there is no field '" + name + "' and page 1 prints no " + what);
        }
        if (Integer.parseInt(printed) != Integer.parseInt(value)) {
            throw new IssuanceException("Page 1 of " + input + " already prints " + what + " "
                    + printed + ", which contradicts the issuance (number "
                    + issuance.formattedNumber() + ", date " + issuance.date() + ")");
        }
    }

    /**
     * Places the value as the field's /Q asks, flush with the box's edge: the renderer's boxes are
     * exactly the blanks, so a right-aligned number ends where the printed "/symbol" begins.
     */
    static float x(int quadding, float boxWidth, float textWidth) {
        switch (quadding) {
            case PDTextField.QUADDING_RIGHT:
                return Math.max(0, boxWidth - textWidth);
            case PDTextField.QUADDING_CENTERED:
                return Math.max(0, (boxWidth - textWidth) / 2);
            default:
                return 0;
        }
    }

    private static void write(PDDocument doc, PDType0Font font, PDTextField field, String value)
            throws IOException {
        float size = 13;
        Matcher m = DA_SIZE.matcher(field.getDefaultAppearance());
        if (m.find() && Float.parseFloat(m.group(1)) > 0) {
            size = Float.parseFloat(m.group(1));
        }
        // /V set directly: PDFBox's setValue would regenerate the appearance with the /DR font,
        // which may be a subset lacking the digits.
        field.getCOSObject().setString(COSName.V, value);
        field.getCOSObject().setNeedToBeUpdated(true);
        int quadding = field.getQ();
        for (PDAnnotationWidget widget : field.getWidgets()) {
            PDRectangle rect = widget.getRectangle();
            PDAppearanceStream stream = new PDAppearanceStream(doc);
            stream.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
            stream.setResources(new PDResources());
            float width = font.getStringWidth(value) / 1000 * size;
            float x = x(quadding, rect.getWidth(), width);
            float y = (rect.getHeight() - size * 0.66f) / 2;
            try (PDPageContentStream cs = new PDPageContentStream(doc, stream)) {
                cs.beginMarkedContent(COSName.getPDFName("Tx"));
                cs.beginText();
                cs.setFont(font, size);
                cs.setNonStrokingColor(0f, 0f, 0f);
                cs.newLineAtOffset(x, y);
                cs.showText(value);
                cs.endText();
                cs.endMarkedContent();
            }
            PDAppearanceDictionary ap = new PDAppearanceDictionary();
            ap.setNormalAppearance(stream);
            widget.setAppearance(ap);
            widget.setPrinted(true);
            widget.getCOSObject().setNeedToBeUpdated(true);
        }
    }
}
