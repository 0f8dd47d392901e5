// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.templates.vn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vanban.core.render.PageProfile;
import io.github.vanban.core.render.conformance.LayoutConformance;
import io.github.vanban.core.render.conformance.PdfLayout;
import io.github.vanban.core.render.conformance.RendererAgreement;
import io.github.vanban.core.validation.DocumentValidator;
import io.github.vanban.templates.vn.RenderedForms.Rendered;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The sample forms of {@code samples/documents/forms/}, rendered through core as DOCX and PDF. */
class SampleFormsTest {
    private static final String SAMPLES = "io.github.vanban.templates.vn.SampleFormsTest#samples";

    static Stream<Rendered> samples() {
        return RenderedForms.all().values().stream();
    }

    /** The PDF of the DOCX rendering, converted by LibreOffice; skips when soffice is missing. */
    static Path docxPdf(Rendered r) {
        assumeTrue(r.docxPdf().isPresent(), "LibreOffice (soffice) is not installed: DOCX layout not checked");
        return r.docxPdf().get();
    }

    @Nested
    class every_sample {
        @Test
        void covers_every_form_once() {
            assertThat(samples().map(r -> r.template().form()).sorted().collect(Collectors.toList()))
                    .containsExactlyElementsOf(Arrays.stream(Form.values()).sorted().toList());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource(SAMPLES)
        void passes_the_layout_checks_as_pdf(Rendered r) {
            assertThat(LayoutConformance.check(r.pdf(), r.document(), PageProfile.defaults())).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource(SAMPLES)
        void passes_the_layout_checks_as_docx_opened_in_libreoffice(Rendered r) {
            assertThat(LayoutConformance.check(docxPdf(r), r.document(), PageProfile.defaults())).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource(SAMPLES)
        void has_no_error_from_the_decree_validator(Rendered r) {
            Clock clock = Clock.fixed(Instant.parse("2024-08-01T00:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
            assertThat(DocumentValidator.create(clock).validate(r.document()).errors()).isEmpty();
        }
    }

    @Nested
    class the_minutes_form_1_9 {
        private final Rendered minutes = RenderedForms.get("1.9-bien-ban");

        @Test
        void prints_no_place_and_date_line() {
            assertThat(text(minutes.pdfLayout())).doesNotContain("Lai Châu, ngày");
            assertThat(text(PdfLayout.read(docxPdf(minutes)))).doesNotContain("Lai Châu, ngày");
        }

        @Test
        void prints_the_secretary_left_and_the_chair_right_on_one_line_in_both_renderings() {
            twoColumns(minutes.pdfLayout());
            twoColumns(PdfLayout.read(docxPdf(minutes)));
        }

        private void twoColumns(PdfLayout layout) {
            PdfLayout.Row row = row(layout, "THƯ KÝ").orElseThrow();
            assertThat(row.text()).isEqualTo("THƯ KÝ CHỦ TỌA");
            double middle = layout.pages().get(0).width() / 2;
            assertThat(row.words().get(0).x()).isLessThan(middle);
            assertThat(row.words().get(row.words().size() - 1).x()).isGreaterThan(middle);
            assertThat(row(layout, "Nguyễn Thị Hoa").orElseThrow().words().get(0).x()).isLessThan(middle);
            PdfLayout.Row chair = layout.rows().stream().filter(r -> r.text().endsWith("Lò Văn Minh"))
                    .reduce((a, b) -> b).orElseThrow();
            assertThat(chair.words().get(chair.words().size() - 3).x()).isGreaterThan(middle);
            assertThat(text(layout)).contains("GIÁM ĐỐC SỞ");
        }

        @Test
        void puts_noi_nhan_under_the_secretary_and_files_a_copy_in_the_record() {
            PdfLayout layout = minutes.pdfLayout();
            assertThat(rowIndex(layout, "Nơi nhận:")).isGreaterThan(rowIndex(layout, "Nguyễn Thị Hoa"));
            assertThat(text(layout)).contains("- Lưu: VT, Hồ sơ.");
        }

        @Test
        void gives_the_secretary_an_own_signature_field_left_of_the_chairs() throws java.io.IOException {
            try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(minutes.pdf().toFile())) {
                var form = pdf.getDocumentCatalog().getAcroForm();
                var secretary = form.getField(io.github.vanban.core.render.pdf.PdfFields.CO_SIGNER);
                var chair = form.getField(io.github.vanban.core.render.pdf.PdfFields.SIGNER);
                assertThat(secretary).isInstanceOf(org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField.class);
                assertThat(secretary.getWidgets().get(0).getRectangle().getUpperRightX())
                        .isLessThan(chair.getWidgets().get(0).getRectangle().getLowerLeftX());
            }
        }

        @Test
        void closes_with_the_time_the_meeting_ended() {
            assertThat(text(minutes.pdfLayout())).contains("Cuộc họp kết thúc vào 11 giờ 30 cùng ngày./.");
        }
    }

    @Test
    void gives_a_document_without_a_co_signer_no_co_signer_field() throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
                RenderedForms.get("1.7-giay-moi").pdf().toFile())) {
            assertThat(pdf.getDocumentCatalog().getAcroForm().getField(
                    io.github.vanban.core.render.pdf.PdfFields.CO_SIGNER)).isNull();
        }
    }

    @Nested
    class the_invitation_form_1_7 {
        @Test
        void prints_the_labelled_lines_each_on_its_own_line() {
            PdfLayout layout = RenderedForms.get("1.7-giay-moi").pdfLayout();
            for (String label : List.of("Tới dự", "Chủ trì:", "Thời gian:", "Địa điểm:")) {
                assertThat(row(layout, label)).as(label).hasValueSatisfying(
                        r -> assertThat(r.text()).startsWith(label));
            }
            assertThat(text(layout)).contains("Sở Khoa học và Công nghệ trân trọng kính mời:");
        }
    }

    @Nested
    class the_decision_form_1_2 {
        private final PdfLayout layout = RenderedForms.get("1.2-quyet-dinh").pdfLayout();

        @Test
        void prints_the_fixed_lines_and_numbers_articles_clauses_and_points() {
            String text = text(layout);
            assertThat(text).contains("GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ", "QUYẾT ĐỊNH:",
                    "Theo đề nghị của Chánh Văn phòng Sở.", "Điều 3.", "1. Tham mưu", "b) Vận hành");
            assertThat(text).contains("thi hành Quyết định này./.");
        }

        @Test
        void ends_every_basis_with_a_semicolon() {
            assertThat(row(layout, "Căn cứ Nghị định số 30/2020").orElseThrow().text()).doesNotEndWith(".");
            assertThat(text(layout)).contains("công tác văn thư;");
        }
    }

    @Nested
    class the_issuing_decision_form_1_3 {
        private final PdfLayout layout = RenderedForms.get("1.3-quyet-dinh-ban-hanh").pdfLayout();

        @Test
        void prints_the_issued_document_on_a_new_page_with_the_header_but_no_number_or_date() {
            int page = layout.pages().stream().filter(p -> p.rows().stream().anyMatch(r -> r.text().equals("QUY CHẾ")))
                    .findFirst().orElseThrow().number();
            assertThat(page).isGreaterThan(1);
            String pageText = layout.pages().get(page - 1).rows().stream().map(PdfLayout.Row::text)
                    .collect(Collectors.joining(" "));
            assertThat(pageText).startsWith("UBND TỈNH LAI CHÂU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("QUY CHẾ Quản lý nhiệm vụ khoa học và công nghệ cấp cơ sở (Kèm theo Quyết định số "
                            + "64/QĐ-SKHCN ngày 03 tháng 6 năm 2024 của Sở Khoa học và Công nghệ)",
                            "Chương I QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh", "b) Cá nhân có đủ năng lực")
                    .doesNotContain("Số:", "Lai Châu, ngày");
        }
    }

    @Nested
    class the_appendices_form_2_1 {
        @Test
        void restart_page_numbers_and_number_the_appendices_in_roman() {
            PdfLayout layout = RenderedForms.get("2.1-phu-luc").pdfLayout();
            String text = text(layout);
            assertThat(text).contains("Phụ lục I", "Phụ lục II", "(Kèm theo Kế hoạch số 12/KH-SKHCN");
            // Each appendix starts a page without a number: page 1 of its own series.
            List<Integer> appendixPages = layout.pages().stream()
                    .filter(p -> p.rows().stream().anyMatch(r -> r.text().startsWith("Phụ lục")))
                    .map(PdfLayout.Page::number).toList();
            assertThat(appendixPages).hasSize(2);
            for (int page : appendixPages) {
                assertThat(layout.pages().get(page - 1).rows().get(0).text()).startsWith("Phụ lục");
            }
        }
    }

    @Nested
    class the_separate_appendix_file_form_2_2 {
        private final Rendered file = RenderedForms.get("2.2-phu-luc-tep-rieng");

        @Test
        void opens_page_1_with_the_appendix_heading_and_shows_nothing_of_the_main_document() {
            for (PdfLayout layout : List.of(file.pdfLayout(), PdfLayout.read(docxPdf(file)))) {
                PdfLayout.Page first = layout.pages().get(0);
                assertThat(first.rows().get(0).text()).isEqualTo("Phụ lục I");
                assertThat(text(layout)).doesNotContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số:",
                        "Lai Châu, ngày", "Nơi nhận", "Trần Văn Tuấn", "Mục đích, yêu cầu");
            }
        }

        @Test
        void leaves_number_and_date_blank_in_the_reference_line_but_names_the_issuing_body() {
            for (PdfLayout layout : List.of(file.pdfLayout(), PdfLayout.read(docxPdf(file)))) {
                assertThat(text(layout)).contains("NỘI DUNG VÀ TIẾN ĐỘ THỰC HIỆN (Kèm theo Kế hoạch số /KH-SKHCN "
                        + "ngày tháng năm của Sở Khoa học và Công nghệ)").doesNotContain("12/KH-SKHCN", "năm 2024 của");
                PdfLayout.Word so = layout.find("Kế hoạch số", 0).orElseThrow().get(2);
                PdfLayout.Word symbol = layout.find("/KH-SKHCN", 0).orElseThrow().get(0);
                assertThat(symbol.x() - so.xEnd()).as("the blank for the number").isGreaterThan(20);
            }
        }

        @Test
        void has_the_same_pages_and_table_columns_as_pdf_and_as_docx_opened_in_libreoffice() {
            assertThat(RendererAgreement.differences(file.pdf(), docxPdf(file), file.document())).isEmpty();
            assertThat(file.pdfLayout().pages()).as("the 14-row table of appendix I runs over a page").hasSize(3);
        }

        @Test
        void numbers_the_pages_of_appendix_I_from_2_and_restarts_with_appendix_II() {
            for (PdfLayout layout : List.of(file.pdfLayout(), PdfLayout.read(docxPdf(file)))) {
                int second = row(layout, "Phụ lục II").orElseThrow().page();
                assertThat(second).as("appendix I runs over several pages").isGreaterThan(2);
                for (int page = 2; page < second; page++) {
                    assertThat(layout.pages().get(page - 1).rows().get(0).text()).isEqualTo(Integer.toString(page));
                }
                assertThat(layout.pages().get(second - 1).rows().get(0).text()).isEqualTo("Phụ lục II");
            }
        }

        @Test
        void has_only_the_empty_corner_signature_field_at_the_top_right_of_page_1() throws java.io.IOException {
            assertCornerField(file);
            try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(file.pdf().toFile())) {
                assertThat(pdf.getDocumentCatalog().getAcroForm().getFields())
                        .extracting(org.apache.pdfbox.pdmodel.interactive.form.PDField::getPartialName)
                        .containsExactly(io.github.vanban.core.render.pdf.PdfFields.CORNER);
            }
        }

        @Test
        void gives_the_main_documents_number_for_the_signature_line() {
            assertThat(((SeparateAppendixTemplate) file.template()).numberAndSymbol()).contains("12/KH-SKHCN");
        }
    }

    /**
     * Checks the empty {@code vanban_corner} signature field on page 1: ending 15 mm from the
     * page's right edge, starting inside the text area's width, above the 20 mm top margin.
     */
    static void assertCornerField(Rendered r) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(r.pdf().toFile())) {
            org.apache.pdfbox.pdmodel.interactive.form.PDField corner = pdf.getDocumentCatalog().getAcroForm()
                    .getField(io.github.vanban.core.render.pdf.PdfFields.CORNER);
            assertThat(corner).isInstanceOf(org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField.class);
            org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget widget = corner.getWidgets().get(0);
            assertThat(pdf.getPage(0).getAnnotations()).contains(widget);
            org.apache.pdfbox.pdmodel.common.PDRectangle rect = widget.getRectangle();
            org.apache.pdfbox.pdmodel.common.PDRectangle page = pdf.getPage(0).getMediaBox();
            double mm = PageProfile.PT_PER_MM;
            assertThat(rect.getUpperRightX()).isCloseTo((float) (195 * mm), org.assertj.core.api.Assertions.within(0.01f));
            assertThat(rect.getLowerLeftX()).isGreaterThanOrEqualTo((float) (30 * mm));
            assertThat(page.getHeight() - rect.getLowerLeftY()).isLessThan((float) (20 * mm));
        }
    }

    @Nested
    class the_paper_copy_form_3_1 {
        @Test
        void prints_the_copy_block_with_its_number() {
            String text = text(RenderedForms.get("3.1-ban-sao").pdfLayout());
            assertThat(text).contains("SAO Y", "Số: 07/SY-VP", "VĂN PHÒNG UBND TỈNH");
        }
    }

    @Nested
    class the_electronic_copy_form_3_2 {
        private final Rendered copy = RenderedForms.get("3.2-ban-sao-dien-tu");

        @Test
        void is_the_copied_document_unchanged_with_an_empty_signature_field_at_the_top_right_of_page_1()
                throws java.io.IOException {
            assertCornerField(copy);
            assertThat(text(copy.pdfLayout())).contains("Số: 215/SKHCN-QLKH", "Kính gửi:")
                    .doesNotContain("SAO Y");
        }

        @Test
        void names_the_form_of_copy_and_the_copying_body_for_the_signature_line() {
            assertThat(((ElectronicCopyTemplate) copy.template()).stampPrefix())
                    .isEqualTo("SAO Y; Văn phòng Ủy ban nhân dân tỉnh Lai Châu");
        }
    }

    @Nested
    class the_telegram_form_1_6 {
        @Test
        void prints_the_sender_line_and_the_receivers() {
            String text = text(RenderedForms.get("1.6-cong-dien").pdfLayout());
            assertThat(text).contains("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:",
                    "- Giám đốc các sở, thủ trưởng các ban, ngành tỉnh;", "- Chủ tịch Ủy ban nhân dân các xã, phường.");
        }
    }

    @Nested
    class the_introduction_form_1_8 {
        @Test
        void prints_the_validity_line() {
            assertThat(text(RenderedForms.get("1.8-giay-gioi-thieu").pdfLayout()))
                    .contains("Giấy này có giá trị đến hết ngày 31 tháng 5 năm 2024.");
        }
    }

    @Nested
    class the_leave_form_1_10 {
        @Test
        void prints_the_period_and_counts_its_days() {
            assertThat(text(RenderedForms.get("1.10-giay-nghi-phep").pdfLayout()))
                    .contains("Nghỉ phép trong thời gian 5 ngày, kể từ ngày 01 tháng 7 năm 2024 đến hết ngày 05 "
                            + "tháng 7 năm 2024");
        }
    }

    /** The text of every row, joined by spaces so that wrapped lines read as one. */
    static String text(PdfLayout layout) {
        return layout.rows().stream().map(PdfLayout.Row::text).collect(Collectors.joining(" "));
    }

    static Optional<PdfLayout.Row> row(PdfLayout layout, String start) {
        return layout.rows().stream().filter(r -> r.text().startsWith(start)).findFirst();
    }

    static int rowIndex(PdfLayout layout, String start) {
        List<PdfLayout.Row> rows = layout.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).text().startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no row starts with " + start);
    }
}
