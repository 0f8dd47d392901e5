// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.testing;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * Small PDF/A-2b test documents made with PDFBox: embedded Liberation Serif (Type 0), XMP with
 * pdfaid part 2 conformance B, sRGB output intent. {@link #letter} mimics the renderer's contract:
 * empty signature fields {@code vanban_signer} and {@code vanban_seal}, and the text fields
 * {@code vanban_number}, {@code vanban_day}, {@code vanban_month}, {@code vanban_year} where
 * requested.
 */
public final class TestPdfs {
    /** Signer's printed name, usable as anchor text. */
    public static final String SIGNER_NAME = "Trần Văn Tuấn";

    /**
     * Which number/date parts are fields (unassigned) and which are printed.
     *
     * @param numberField whether {@code vanban_number} exists (else "Số: 15/..." is printed)
     * @param dayField whether {@code vanban_day} exists (else the day is printed)
     * @param monthField whether {@code vanban_month} exists
     * @param yearField whether {@code vanban_year} exists
     * @param printedDay day printed when there is no day field
     * @param printedMonth month printed when there is no month field
     * @param printedYear year printed when there is no year field
     */
    public record Letter(boolean numberField, boolean dayField, boolean monthField,
            boolean yearField, int printedDay, int printedMonth, int printedYear) {

        /**
         * Returns a letter whose number, day, month and year are all fields.
         *
         * @return the options
         */
        public static Letter unassigned() {
            return new Letter(true, true, true, true, 0, 0, 0);
        }

        /**
         * Returns a letter whose number and day are fields and whose month and year are printed.
         *
         * @param month printed month
         * @param year printed year
         * @return the options
         */
        public static Letter monthYearPrinted(int month, int year) {
            return new Letter(true, true, false, false, 0, month, year);
        }
    }

    private TestPdfs() {}

    /**
     * Writes a one-page Decree-30-like letter with the renderer's fields.
     *
     * @param out target file
     * @param letter which parts are fields
     * @return {@code out}
     */
    public static Path letter(Path out, Letter letter) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font font = font(doc);
            pdfa(doc);
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            PDResources dr = new PDResources();
            dr.put(COSName.getPDFName("LiberationSerif"), font);
            form.setDefaultResources(dr);
            form.setDefaultAppearance("/LiberationSerif 13 Tf 0 g");
            List<PDField> fields = new ArrayList<>();
            List<PDAnnotation> annots = new ArrayList<>();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                text(cs, font, 12, 75, 790, "UBND TỈNH LAI CHÂU");
                text(cs, font, 12, 55, 775, "SỞ KHOA HỌC VÀ CÔNG NGHỆ");
                text(cs, font, 12, 300, 790, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
                text(cs, font, 13, 345, 775, "Độc lập - Tự do - Hạnh phúc");
                float x = 70;
                x = text(cs, font, 13, x, 745, "Số: ");
                if (letter.numberField()) {
                    fields.add(textField(doc, form, page, annots, "vanban_number", x, 741, 24));
                    x += 24;
                } else {
                    x = text(cs, font, 13, x, 745, "15");
                }
                text(cs, font, 13, x, 745, "/SKHCN-VP");
                x = 320;
                x = text(cs, font, 13, x, 745, "Lai Châu, ngày ");
                x = part(doc, cs, font, form, page, annots, fields, letter.dayField(),
                        "vanban_day", letter.printedDay(), x);
                x = text(cs, font, 13, x, 745, " tháng ");
                x = part(doc, cs, font, form, page, annots, fields, letter.monthField(),
                        "vanban_month", letter.printedMonth(), x);
                x = text(cs, font, 13, x, 745, " năm ");
                if (letter.yearField()) {
                    fields.add(textField(doc, form, page, annots, "vanban_year", x, 741, 36));
                } else {
                    text(cs, font, 13, x, 745, Integer.toString(letter.printedYear()));
                }
                text(cs, font, 14, 250, 700, "CÔNG VĂN");
                text(cs, font, 13, 85, 670, "Về việc triển khai chữ ký số trong văn bản điện tử");
                text(cs, font, 13, 85, 640, "Kính gửi: Các phòng, đơn vị trực thuộc Sở.");
                text(cs, font, 13, 85, 615, "Sở Khoa học và Công nghệ đề nghị các đơn vị thực hiện ký số");
                text(cs, font, 13, 85, 598, "văn bản theo Nghị định số 30/2020/NĐ-CP./.");
                text(cs, font, 13, 410, 320, "GIÁM ĐỐC");
                text(cs, font, 13, 395, 200, SIGNER_NAME);
            }
            fields.add(signatureField(doc, form, page, annots, "vanban_signer",
                    new PDRectangle(360, 220, 170, 85)));
            fields.add(signatureField(doc, form, page, annots, "vanban_seal",
                    new PDRectangle(330, 230, 60, 60)));
            form.setFields(fields);
            page.setAnnotations(annots);
            doc.save(out.toFile());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a one-page PDF/A-2b appendix without any form field.
     *
     * @param out target
     * @return {@code out}
     */
    public static Path appendix(Path out) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font font = font(doc);
            pdfa(doc);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                text(cs, font, 14, 230, 740, "PHỤ LỤC");
                text(cs, font, 13, 85, 700, "Danh sách các đơn vị thực hiện ký số (Kèm theo Công văn số");
                text(cs, font, 13, 85, 683, "/SKHCN-VP ngày tháng năm của Sở Khoa học và Công nghệ)");
            }
            doc.save(out.toFile());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float part(PDDocument doc, PDPageContentStream cs, PDType0Font font,
            PDAcroForm form, PDPage page, List<PDAnnotation> annots, List<PDField> fields,
            boolean isField, String name, int printed, float x) throws IOException {
        if (isField) {
            fields.add(textField(doc, form, page, annots, name, x, 741, 20));
            return x + 20;
        }
        return text(cs, font, 13, x, 745, Integer.toString(printed));
    }

    private static PDType0Font font(PDDocument doc) throws IOException {
        try (InputStream in = TestPdfs.class.getClassLoader()
                .getResourceAsStream("liberation/LiberationSerif-Regular.ttf")) {
            if (in == null) {
                throw new IOException("Liberation Serif is not on the classpath");
            }
            return PDType0Font.load(doc, in, true);
        }
    }

    private static void pdfa(PDDocument doc) throws IOException {
        String xmp = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF"
                + " xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">"
                + "<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>"
                + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
        doc.getDocumentCatalog().setMetadata(metadata);
        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(
                ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        doc.getDocumentCatalog().addOutputIntent(intent);
    }

    private static float text(PDPageContentStream cs, PDType0Font font, float size, float x,
            float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
        return x + font.getStringWidth(s) / 1000 * size;
    }

    private static PDTextField textField(PDDocument doc, PDAcroForm form, PDPage page,
            List<PDAnnotation> annots, String name, float x, float y, float w) {
        PDTextField field = new PDTextField(form);
        field.setPartialName(name);
        field.setDefaultAppearance("/LiberationSerif 13 Tf 0 g");
        // as the PDF renderer: the number against the slash after it, the date parts centred
        field.setQ(name.equals("vanban_number") ? PDTextField.QUADDING_RIGHT : PDTextField.QUADDING_CENTERED);
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(new PDRectangle(x, y, w, 16));
        emptyAppearance(doc, widget);
        widget.setPage(page);
        annots.add(widget);
        return field;
    }

    private static PDSignatureField signatureField(PDDocument doc, PDAcroForm form, PDPage page,
            List<PDAnnotation> annots, String name, PDRectangle rect) throws IOException {
        PDSignatureField field = new PDSignatureField(form);
        field.setPartialName(name);
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(rect);
        emptyAppearance(doc, widget);
        widget.setPage(page);
        annots.add(widget);
        return field;
    }

    private static void emptyAppearance(PDDocument doc, PDAnnotationWidget widget) {
        widget.setPrinted(true);
        PDAppearanceStream stream = new PDAppearanceStream(doc);
        stream.setBBox(new PDRectangle(widget.getRectangle().getWidth(),
                widget.getRectangle().getHeight()));
        stream.setResources(new PDResources());
        PDAppearanceDictionary ap = new PDAppearanceDictionary();
        ap.setNormalAppearance(stream);
        widget.setAppearance(ap);
    }
}
