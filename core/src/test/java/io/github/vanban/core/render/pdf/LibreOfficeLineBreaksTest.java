// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vanban.core.model.BodyBlock;
import io.github.vanban.core.render.FontStyle;
import io.github.vanban.core.render.PageProfile;
import io.github.vanban.core.render.pdf.TextLayout.Line;
import io.github.vanban.core.render.pdf.TextLayout.Span;
import io.github.vanban.core.testing.SampleDocuments;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compares the PDF layout's line breaks with LibreOffice's for the same paragraphs, font, size,
 * measure and first-line indent: LibreOffice lays out a flat ODF text document written here (no
 * DOCX involved) and its PDF's lines must end with the same words as ours (docgen.md §3.1).
 */
class LibreOfficeLineBreaksTest {

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String fodt(List<String> paragraphs, PageProfile p) {
        String page = String.format(Locale.ROOT,
                "fo:page-width=\"%smm\" fo:page-height=\"%smm\" fo:margin-top=\"%smm\" fo:margin-bottom=\"%smm\" "
                        + "fo:margin-left=\"%smm\" fo:margin-right=\"%smm\"",
                p.pageWidthMm(), p.pageHeightMm(), p.marginTopMm(), p.marginBottomMm(), p.marginLeftMm(),
                p.marginRightMm());
        String body = paragraphs.stream().map(t -> "<text:p text:style-name=\"Body\">" + escape(t) + "</text:p>")
                .collect(Collectors.joining("\n"));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<office:document xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                + "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
                + "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" "
                + "office:version=\"1.3\" office:mimetype=\"application/vnd.oasis.opendocument.text\">"
                + "<office:font-face-decls><style:font-face style:name=\"Liberation Serif\" "
                + "svg:font-family=\"'Liberation Serif'\" style:font-family-generic=\"roman\"/>"
                + "</office:font-face-decls>"
                + "<office:styles><style:style style:name=\"Body\" style:family=\"paragraph\">"
                + "<style:paragraph-properties fo:text-align=\"justify\" fo:text-indent=\""
                + p.firstLineIndentMm() + "mm\" fo:margin-top=\"0pt\" fo:margin-bottom=\"" + p.paragraphSpacingPt()
                + "pt\" fo:hyphenate=\"false\"/>"
                + "<style:text-properties style:font-name=\"Liberation Serif\" fo:font-size=\"" + p.bodySize()
                + "pt\" fo:language=\"vi\" fo:country=\"VN\" style:letter-kerning=\"false\"/></style:style>"
                + "</office:styles>"
                + "<office:automatic-styles><style:page-layout style:name=\"A4\"><style:page-layout-properties "
                + page + "/></style:page-layout></office:automatic-styles>"
                + "<office:master-styles><style:master-page style:name=\"Standard\" style:page-layout-name=\"A4\"/>"
                + "</office:master-styles>"
                + "<office:body><office:text>" + body + "</office:text></office:body></office:document>";
    }

    @Nested
    class for_the_seed_letter_body {

        @Test
        void ends_every_line_with_the_same_word_as_libreoffice(@TempDir Path dir) throws Exception {
            assumeTrue(PdfInspection.hasTool("soffice"), "LibreOffice (soffice) is not installed");
            PageProfile profile = PageProfile.defaults();
            List<String> paragraphs = new ArrayList<>();
            for (BodyBlock b : SampleDocuments.congVanLaiChau().bodyWithEndMark()) {
                paragraphs.add(((BodyBlock.Paragraph) b).text());
            }
            Path fodt = Files.writeString(dir.resolve("body.fodt"), fodt(paragraphs, profile), StandardCharsets.UTF_8);
            PdfInspection.Result r = PdfInspection.run(dir, "soffice",
                    "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--convert-to", "pdf",
                    "--outdir", dir.toString(), fodt.toString());
            assertThat(r.exit()).as(r.output()).isZero();
            List<String> theirs = PdfInspection.pageTexts(Files.readAllBytes(dir.resolve("body.pdf"))).stream()
                    .flatMap(String::lines).map(l -> l.replaceAll("\\s+", " ").strip()).filter(l -> !l.isEmpty())
                    .toList(); // wide justified gaps extract as several spaces

            TextLayout layout = new TextLayout(FontProvider.liberationSerif().metrics());
            float width = (float) (profile.textWidthMm() * PageProfile.PT_PER_MM);
            float indent = (float) (profile.firstLineIndentMm() * PageProfile.PT_PER_MM);
            List<String> ours = new ArrayList<>();
            for (String p : paragraphs) {
                List<Line> lines = layout.lines(layout.words(List.of(new Span(p, FontStyle.REGULAR)),
                        profile.bodySize()), profile.bodySize(), width - indent, width);
                for (Line line : lines) {
                    ours.add(line.words().stream().map(w -> (w.spaceBefore() ? " " : "") + w.text())
                            .collect(Collectors.joining()));
                }
            }
            assertThat(ours).hasSize(24);
            assertThat(theirs).containsExactlyElementsOf(ours);
        }
    }
}
