// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.model.BodyBlock;
import io.github.vanban.core.render.PageProfile;
import io.github.vanban.core.render.docx.DocxRenderer;
import io.github.vanban.core.testing.SampleDocuments;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shows that the checker fails a PDF that departs from the layout: the seed letter, rendered to
 * DOCX and laid out by LibreOffice, is checked against a document or profile it was not made from.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LayoutConformanceTest {
    final AdministrativeDocument seed = SampleDocuments.congVanLaiChau();
    PdfLayout layout;
    Path pdf;

    @BeforeAll
    void render(@TempDir Path dir) throws Exception {
        assumeTrue(LibreOffice.isAvailable(), "soffice (LibreOffice) is not installed: these checks need a PDF "
                + "laid out by a real word processor");
        Path docx = dir.resolve("seed.docx");
        DocxRenderer.create().render(seed, docx);
        pdf = LibreOffice.convertToPdf(List.of(docx), dir).get(0);
        layout = PdfLayout.read(pdf);
    }

    @Test
    void the_matching_document_and_profile_pass() {
        assertThat(LayoutConformance.check(layout, seed, PageProfile.defaults())).isEmpty();
    }

    @Nested
    class it_reports {
        @Test
        void a_body_size_other_than_the_profiles() {
            PageProfile profile = PageProfile.builder().bodySize(13).kinhGuiSize(13).build();
            assertThat(LayoutConformance.check(layout, seed, profile)).extracting(Violation::toString)
                    .contains("[size p.1] body paragraph: \"Thực\" is 14.0 pt, expected 13 pt",
                            "[size p.1] Kính gửi: \"Kính\" is 14.0 pt, expected 13 pt");
        }

        @Test
        void text_outside_a_wider_right_margin_and_lines_not_justified_to_it() {
            PageProfile profile = PageProfile.builder().marginRightMm(20).build();
            List<Violation> found = LayoutConformance.check(layout, seed, profile);
            assertThat(found).extracting(Violation::rule).contains("margins", "justified");
            assertThat(found.get(0).message()).contains("lies outside the text area x 85.0–538.6");
        }

        @Test
        void a_first_line_indent_other_than_the_profiles() {
            PageProfile profile = PageProfile.builder().firstLineIndentMm(12.7).build();
            // LibreOffice places the 10 mm indent at 113.4–113.5 pt depending on its rounding.
            assertThat(LayoutConformance.check(layout, seed, profile)).extracting(Violation::toString)
                    .anyMatch(v -> v.matches("\\[first-line-indent p\\.1\\] paragraph \"Thực hiện Công văn số "
                            + "1062/BKHCN-ƯDPT…\" starts at x 113\\.[45], expected 121\\.0 \\(first-line indent "
                            + "12\\.70 mm\\)"));
        }

        @Test
        void text_the_document_has_but_the_pdf_lacks() {
            List<BodyBlock> body = new ArrayList<>(seed.body());
            body.set(1, new BodyBlock.Paragraph("Đoạn văn không có trong bản PDF."));
            AdministrativeDocument other = seed.toBuilder().body(body).build();
            assertThat(LayoutConformance.check(layout, other, PageProfile.defaults()))
                    .extracting(Violation::toString)
                    .containsExactly("[extractable] body paragraph \"Đoạn văn không có trong bản PDF.\" cannot be "
                            + "found in the PDF text");
        }

        @Test
        void a_place_and_date_line_on_a_document_type_that_prints_none() {
            AdministrativeDocument minutes = seed.toBuilder().type(io.github.vanban.core.model.DocumentType.BIEN_BAN)
                    .build();
            assertThat(LayoutConformance.check(layout, minutes, PageProfile.defaults())).extracting(Violation::rule)
                    .contains("no-place-date");
        }

        @Test
        void a_co_signer_the_pdf_lacks() {
            AdministrativeDocument other = seed.toBuilder()
                    .coSigner(io.github.vanban.core.model.SignatureBlock.head("THƯ KÝ", "Nguyễn Thị Hoa")).build();
            assertThat(LayoutConformance.check(layout, other, PageProfile.defaults()))
                    .extracting(Violation::toString)
                    .contains("[extractable] co-signer title \"THƯ KÝ\" cannot be found in the PDF text",
                            "[extractable] co-signer name \"Nguyễn Thị Hoa\" cannot be found in the PDF text");
        }

        @Test
        void a_signature_space_larger_than_the_room_left() {
            PageProfile profile = PageProfile.builder().signatureSpaceMm(40).build();
            assertThat(LayoutConformance.check(layout, seed, profile)).extracting(Violation::rule)
                    .containsExactly("signature-space");
        }

        @Test
        void all_of_them_in_one_assertion_error() {
            PageProfile profile = PageProfile.builder().signatureSpaceMm(40).build();
            assertThatThrownBy(() -> LayoutConformance.assertConforms(pdf, seed, profile))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageStartingWith("seed.pdf departs from the Decree 30 layout in 1 way(s):\n"
                            + "[signature-space p.1] ")
                    .hasMessageEndingWith(" (25.0 mm) between the title lines and the name, expected at least 40 mm");
        }
    }
}
