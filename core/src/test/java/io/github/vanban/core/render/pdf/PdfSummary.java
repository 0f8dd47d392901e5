// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * A normalised, reviewable summary of a PDF for golden files (house style §5): per page its size,
 * the box its text occupies, its text; the fonts; the form fields; the metadata.
 */
final class PdfSummary {
    private PdfSummary() {}

    static String of(byte[] pdf) {
        StringBuilder sb = new StringBuilder();
        List<String> texts = PdfInspection.pageTexts(pdf);
        try (PDDocument doc = PdfInspection.load(pdf)) {
            var info = doc.getDocumentInformation();
            sb.append("title: ").append(info.getTitle()).append('\n');
            sb.append("author: ").append(info.getAuthor()).append('\n');
            sb.append("producer: ").append(info.getProducer()).append('\n');
            sb.append("created: ").append(info.getCreationDate().toInstant()).append('\n');
            sb.append("language: ").append(doc.getDocumentCatalog().getLanguage()).append('\n');
            TreeSet<String> fonts = new TreeSet<>();
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                PDPage page = doc.getPage(p);
                PDRectangle box = page.getMediaBox();
                List<PdfInspection.Glyph> glyphs = PdfInspection.glyphs(pdf, p + 1);
                double left = glyphs.stream().mapToDouble(PdfInspection.Glyph::x).min().orElse(0);
                double right = glyphs.stream().mapToDouble(g -> g.x() + g.width()).max().orElse(0);
                sb.append(String.format(Locale.ROOT, "%n=== page %d: %.2f x %.2f pt, text x %.1f-%.1f pt%n",
                        p + 1, box.getWidth(), box.getHeight(), left, right));
                sb.append(texts.get(p).strip()).append('\n');
                PDResources res = page.getResources();
                for (COSName name : res.getFontNames()) {
                    PDFont f = res.getFont(name);
                    fonts.add(f.getName() + " " + f.getSubType() + (f.isEmbedded() ? " embedded" : " NOT EMBEDDED"));
                }
            }
            sb.append("\n=== fonts\n");
            fonts.forEach(f -> sb.append(f).append('\n'));
            sb.append("\n=== fields\n");
            if (doc.getDocumentCatalog().getAcroForm() != null) {
                for (PDField field : doc.getDocumentCatalog().getAcroForm().getFields()) {
                    PDAnnotationWidget w = field.getWidgets().get(0);
                    PDRectangle r = w.getRectangle();
                    sb.append(String.format(Locale.ROOT, "%s %s page %d [%.1f %.1f %.1f %.1f]%s%s%n",
                            field.getFullyQualifiedName(), field.getFieldType(),
                            doc.getPages().indexOf(w.getPage()) + 1, r.getLowerLeftX(), r.getLowerLeftY(),
                            r.getWidth(), r.getHeight(), w.isPrinted() ? " print" : "",
                            field instanceof PDTextField t ? " DA " + t.getDefaultAppearance() : ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    /**
     * Compares with {@code src/test/resources/golden/PdfRenderer/<name>}; with
     * {@code -Dgolden.update=true} rewrites it instead.
     *
     * @return the golden text (after any update)
     */
    static String golden(String name, String actual) {
        Path file = Path.of("src/test/resources/golden/PdfRenderer", name);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read golden file " + file.toAbsolutePath()
                    + " (run with -Dgolden.update=true to create it)", e);
        }
    }
}
