// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Reads a PDF drawn here with PDFBox at known positions, independent of any renderer. */
class PdfLayoutTest {
    static final double HEIGHT = PDRectangle.A4.getHeight();

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class reading_a_page_with_known_text_and_lines {
        PdfLayout layout;

        @BeforeAll
        void draw(@TempDir Path dir) throws IOException {
            Path pdf = dir.resolve("known.pdf");
            try (PDDocument doc = new PDDocument()) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDType0Font bold = font(doc, "liberation/LiberationSerif-Bold.ttf");
                PDType0Font italic = font(doc, "liberation/LiberationSerif-Italic.ttf");
                PDType0Font regular = font(doc, "liberation/LiberationSerif-Regular.ttf");
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    text(cs, bold, 14, 300, 100, "Độc lập - Tự do - Hạnh phúc");
                    text(cs, italic, 13, 100, 130, "Lai Châu, ngày");
                    text(cs, italic, 13, 220, 130, "tháng 4 năm 2023");
                    text(cs, regular, 14, 100, 160, "Sở Khoa học và Công nghệ đề nghị các Sở, ban, ngành, đoàn thể");
                    text(cs, regular, 14, 100, 176, "tỉnh; UBND triển khai thực hiện./.");
                    cs.setLineWidth(0.5f);
                    cs.moveTo(300, (float) (HEIGHT - 105));
                    cs.lineTo(471.4f, (float) (HEIGHT - 105));
                    cs.stroke();
                    cs.addRect(85, (float) (HEIGHT - 700.4), 467.7f, 0.75f);
                    cs.fill();
                }
                doc.save(pdf.toFile());
            }
            layout = PdfLayout.read(pdf);
        }

        @Test
        void words_keep_their_size_and_face_and_blank_gaps_do_not_split_rows() {
            assertThat(layout.pages()).hasSize(1);
            assertThat(layout.pages().get(0).rows()).extracting(PdfLayout.Row::text).containsExactly(
                    "Độc lập - Tự do - Hạnh phúc",
                    "Lai Châu, ngày tháng 4 năm 2023",
                    "Sở Khoa học và Công nghệ đề nghị các Sở, ban, ngành, đoàn thể",
                    "tỉnh; UBND triển khai thực hiện./.");
            PdfLayout.Word motto = layout.find("Độc lập", 0).orElseThrow().get(0);
            assertThat(motto.size()).isCloseTo(14, within(0.01));
            assertThat(motto.glyphs().get(0).isBold()).isTrue();
            assertThat(motto.glyphs().get(0).isItalic()).isFalse();
            assertThat(motto.x()).isCloseTo(300, within(0.01));
            assertThat(motto.baseline()).isCloseTo(100, within(0.01));
            PdfLayout.Word place = layout.find("Lai Châu,", 0).orElseThrow().get(0);
            assertThat(place.glyphs().get(0).isItalic()).isTrue();
        }

        @Test
        void a_text_wrapping_onto_the_next_row_is_found_whole() {
            List<PdfLayout.Word> words = layout.find(
                    "các Sở, ban, ngành, đoàn thể tỉnh; UBND triển khai thực hiện./.", 0).orElseThrow();
            assertThat(words).extracting(PdfLayout.Word::baseline).containsOnly(160.0, 176.0);
            assertThat(layout.find("đoàn thể huyện", 0)).isEmpty();
        }

        @Test
        void stroked_lines_and_thin_filled_rectangles_are_rules() {
            assertThat(layout.rules()).hasSize(2);
            PdfLayout.Rule stroke = layout.rules().get(0);
            assertThat(stroke.x()).isCloseTo(300, within(0.01));
            assertThat(stroke.length()).isCloseTo(171.4, within(0.01));
            assertThat(stroke.y()).isCloseTo(105, within(0.01));
            PdfLayout.Rule filled = layout.rules().get(1);
            assertThat(filled.length()).isCloseTo(467.7, within(0.01));
            assertThat(filled.y()).isCloseTo(700.4 - 0.375, within(0.01));
        }
    }

    static PDType0Font font(PDDocument doc, String resource) throws IOException {
        try (InputStream in = PdfLayoutTest.class.getClassLoader().getResourceAsStream(resource)) {
            return PDType0Font.load(doc, in, true);
        }
    }

    static void text(PDPageContentStream cs, PDType0Font font, float size, float x, double top, String s)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, (float) (HEIGHT - top));
        cs.showText(s);
        cs.endText();
    }
}
