// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.pdf;

import io.github.vanban.core.testing.CallerStreams;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.model.BodyBlock;
import io.github.vanban.core.model.Distribution;
import io.github.vanban.core.model.DocumentNumber;
import io.github.vanban.core.model.IssueDate;
import io.github.vanban.core.model.SignatureBlock;
import io.github.vanban.core.render.PageProfile;
import io.github.vanban.core.render.RenderException;
import io.github.vanban.core.render.conformance.ConformanceDocuments;
import io.github.vanban.core.render.pdf.PdfInspection.Glyph;
import io.github.vanban.core.testing.SampleDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfRendererTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2023-04-18T02:00:00Z"), IssueDate.ZONE);
    static final PdfRenderer RENDERER = PdfRenderer.create(PdfRenderOptions.builder().clock(CLOCK).build());
    static final float MM = (float) PageProfile.PT_PER_MM;

    static byte[] seed;

    /** The seed letter with one more paragraph: too long for one page, so it exercises page 2. */
    static byte[] longer;

    @BeforeAll
    static void renderSeed() {
        seed = RENDERER.render(SampleDocuments.congVanLaiChau());
        longer = RENDERER.render(longerLetter());
    }

    static AdministrativeDocument longerLetter() {
        AdministrativeDocument doc = SampleDocuments.congVanLaiChau();
        List<BodyBlock> body = new ArrayList<>(doc.body());
        body.add(body.size() - 1, new BodyBlock.Paragraph("4. Đề nghị các đơn vị cử cán bộ đầu mối phối hợp "
                + "với Sở Khoa học và Công nghệ trong quá trình triển khai thực hiện."));
        return doc.toBuilder().body(body).build();
    }

    /** Every string the seed letter's model prints, as the reader must find it in the PDF. */
    static List<String> printedStrings(AdministrativeDocument doc) {
        List<String> s = new ArrayList<>();
        doc.parentAuthority().ifPresent(s::add);
        s.add(doc.issuingAuthority());
        s.add(AdministrativeDocument.NATIONAL_TITLE);
        s.add(AdministrativeDocument.MOTTO);
        s.add(doc.number().line());
        s.add(doc.placeAndDateLine());
        doc.subjectLine().ifPresent(s::add);
        s.add("Kính gửi:");
        s.addAll(doc.addressees().lines());
        for (BodyBlock b : doc.bodyWithEndMark()) {
            if (b instanceof BodyBlock.Paragraph p) {
                s.add(p.text());
            }
        }
        s.add(Distribution.LABEL);
        for (Distribution.Line l : doc.distribution().lines()) {
            s.add(l.text());
            l.groupNote().ifPresent(s::add);
        }
        s.addAll(doc.signer().titleLines());
        s.addAll(doc.signer().nameLines());
        return s.stream().map(PdfInspection::normalise).toList();
    }

    @Nested
    class the_seed_letter {

        @Test
        void is_pdfa_2b_compliant_according_to_verapdf() throws Exception {
            assertThat(VeraPdf.failures(seed, "2b")).isEmpty();
        }

        @Test
        void is_pdfa_2a_compliant_according_to_verapdf_as_its_metadata_claims() throws Exception {
            assertThat(VeraPdf.failures(seed, "2a")).isEmpty();
            try (PDDocument doc = PdfInspection.load(seed)) {
                XMPMetadata xmp = new DomXmpParser().parse(doc.getDocumentCatalog().getMetadata().exportXMPMetadata());
                assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
                assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("A");
            }
        }

        @Test
        void is_pdf_ua_1_compliant_according_to_verapdf_and_says_so() throws Exception {
            assertThat(VeraPdf.failures(seed, "ua1")).isEmpty();
            try (PDDocument doc = PdfInspection.load(seed)) {
                String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(),
                        java.nio.charset.StandardCharsets.UTF_8);
                assertThat(xmp).contains("<pdfuaid:part>1</pdfuaid:part>")
                        .contains("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>");
            }
        }

        @Test
        void extracts_back_every_printed_string_with_pdfbox() throws Exception {
            String text = PdfInspection.normalise(String.join("\n", PdfInspection.pageTexts(seed)));
            assertThat(printedStrings(SampleDocuments.congVanLaiChau())).allSatisfy(s -> assertThat(text).contains(s));
        }

        @Test
        void fits_on_one_page_as_libreoffice_lays_out_the_docx_of_the_same_letter() throws Exception {
            List<String> pages = PdfInspection.pageTexts(seed);
            assertThat(pages).hasSize(1);
            assertThat(PdfInspection.normalise(pages.get(0))).contains("KT. GIÁM ĐỐC").contains("Trần Văn Tuấn");
        }

        @Test
        void moves_the_signer_block_with_the_last_two_body_lines_to_page_2_when_the_letter_is_longer()
                throws Exception {
            List<String> pages = PdfInspection.pageTexts(longer);
            assertThat(pages).hasSize(2);
            String page2 = PdfInspection.normalise(pages.get(1));
            assertThat(page2).startsWith("2 Sở Khoa học và Công nghệ trân trọng đề nghị");
            assertThat(page2).contains("KT. GIÁM ĐỐC").contains("Trần Văn Tuấn");
        }

        @Test
        void numbers_page_2_in_the_top_margin_and_not_page_1() throws Exception {
            float topMargin = (float) (20 * 72 / 25.4);
            List<Glyph> page1 = PdfInspection.glyphs(longer, 1);
            List<Glyph> page2 = PdfInspection.glyphs(longer, 2);
            assertThat(page1).noneMatch(g -> g.y() < topMargin);
            List<Glyph> inMargin = page2.stream().filter(g -> g.y() < topMargin).toList();
            assertThat(inMargin).extracting(Glyph::text).containsExactly("2");
            Glyph number = inMargin.get(0);
            float textCentre = (float) ((30 + (210 - 15)) / 2.0 * 72 / 25.4);
            assertThat(number.x() + number.width() / 2).isCloseTo(textCentre, within(0.5f));
            assertThat(number.size()).isEqualTo(14f);
        }

        @Test
        void writes_and_tags_noi_nhan_before_the_signer_block_as_the_template_reads() throws Exception {
            List<Glyph> page1 = PdfInspection.glyphs(seed, 1);
            int label = page1.indexOf(PdfInspection.find(page1, "Nơi nhận:").get(0));
            int lastRecipient = page1.indexOf(PdfInspection.find(page1, "- Lưu: VT").get(0));
            int title = page1.indexOf(PdfInspection.find(page1, "KT. GIÁM ĐỐC").get(0));
            assertThat(label).isLessThan(lastRecipient).isLessThan(title);
            try (PDDocument doc = PdfInspection.load(seed)) {
                PDStructureElement document =
                        (PDStructureElement) doc.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
                List<String> types = new ArrayList<>();
                for (Object kid : document.getKids()) {
                    types.add(((PDStructureElement) kid).getStructureType());
                }
                assertThat(types.lastIndexOf("L")).as(types.toString()).isLessThan(types.lastIndexOf("Div"));
            }
        }

        @Test
        void prints_noi_nhan_level_with_the_first_title_line_of_the_signer() throws Exception {
            List<Glyph> page1 = PdfInspection.glyphs(seed, 1);
            Glyph label = PdfInspection.find(page1, "Nơi nhận:").get(0);
            Glyph title = PdfInspection.find(page1, "KT. GIÁM ĐỐC").get(0);
            // Line tops coincide, as in two top-aligned table cells (the DOCX layout).
            var metrics = FontProvider.liberationSerif().metrics();
            float labelTop = label.y() - metrics.ascent(io.github.vanban.core.render.FontStyle.BOLD_ITALIC, 12);
            float titleTop = title.y() - metrics.ascent(io.github.vanban.core.render.FontStyle.BOLD, 14);
            assertThat(labelTop).isCloseTo(titleTop, within(0.01f));
            assertThat(label.size()).isEqualTo(12f);
            assertThat(label.font()).endsWith("LiberationSerif-BoldItalic");
            assertThat(PdfInspection.find(page1, "- Như trên;").get(2).size()).isEqualTo(11f);
        }

        @Test
        void sets_the_header_in_the_decree_faces_and_sizes() throws Exception {
            List<Glyph> page1 = PdfInspection.glyphs(seed, 1);
            assertThat(PdfInspection.find(page1, "UBND TỈNH LAI CHÂU").get(0).font()).endsWith("LiberationSerif");
            assertThat(PdfInspection.find(page1, "SỞ KHOA HỌC").get(0).font()).endsWith("LiberationSerif-Bold");
            assertThat(PdfInspection.find(page1, "CỘNG HÒA").get(0).size()).isEqualTo(13f);
            assertThat(PdfInspection.find(page1, "Độc lập").get(0).size()).isEqualTo(14f);
            Glyph so = PdfInspection.find(page1, "Số:").get(0);
            Glyph date = PdfInspection.find(page1, "Lai Châu,").get(0);
            assertThat(so.size()).isEqualTo(13f);
            assertThat(date.font()).endsWith("LiberationSerif-Italic");
            assertThat(so.y()).as("ô 3 and ô 4 share a baseline").isCloseTo(date.y(), within(0.01f));
            Glyph vv = PdfInspection.find(page1, "V/v").get(0);
            assertThat(vv.size()).isEqualTo(12f);
        }

        @Test
        void breaks_body_lines_where_the_original_letter_breaks_them() throws Exception {
            String page1 = PdfInspection.pageTexts(seed).get(0);
            // Line ends of the seed letter as Word laid it out (shared/samples original text).
            assertThat(page1).contains("của Bộ\nKhoa học và Công nghệ về việc hưởng ứng Ngày Đổi mới sáng tạo thế giới năm\n2023 và");
            assertThat(page1).contains("Công văn số 1062/BKHCN-\nƯDPTCN ngày 14/4/2023");
            assertThat(page1).contains("Ngày Đổi\nmới sáng tạo thế giới (The World Creativity and Innovation Day) nhằm nâng cao\n");
        }

        @Test
        void matches_its_golden_summary_of_pages_text_fonts_and_fields() throws Exception {
            String actual = PdfSummary.of(seed);
            assertThat(actual).isEqualTo(PdfSummary.golden("cong-van-lai-chau.txt", actual));
        }

        @Test
        void is_the_same_bytes_when_rendered_twice_with_a_fixed_clock() throws Exception {
            assertThat(RENDERER.render(SampleDocuments.congVanLaiChau())).isEqualTo(seed);
        }
    }

    @Nested
    class a_document_with_every_component {
        final AdministrativeDocument doc = PdfTestDocuments.everyComponent();
        final byte[] pdf = RENDERER.render(doc);

        @Test
        void is_pdfa_2a_2b_and_pdf_ua_1_compliant() throws Exception {
            assertThat(VeraPdf.failures(pdf, "2b")).isEmpty();
            assertThat(VeraPdf.failures(pdf, "2a")).isEmpty();
            assertThat(VeraPdf.failures(pdf, "ua1")).as("tables need TH scopes, widgets Form tags").isEmpty();
        }

        @Test
        void extracts_every_body_block_stamp_and_contact_line() throws Exception {
            // Page numbers (artifacts) dropped, so a paragraph running onto the next page reads on.
            String text = PdfInspection.normalise(PdfInspection.pageTexts(pdf).stream()
                    .map(p -> p.replaceFirst("^\\d+\\R", "")).collect(java.util.stream.Collectors.joining("\n")));
            List<String> expected = new ArrayList<>(List.of("QUYẾT ĐỊNH", "Về việc ứng dụng chữ ký số trong công tác văn thư",
                    "MẬT", "THƯỢNG KHẨN", "XEM XONG TRẢ LẠI", "Chương I", "QUY ĐỊNH CHUNG",
                    "Điều 1. Phạm vi điều chỉnh", "II. TỔ CHỨC THỰC HIỆN", "Đơn vị chủ trì",
                    "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Lương", "(để b/c)",
                    "- Lưu: VT, HC (2). PL.(30)", "Phụ lục I", "DANH SÁCH ĐƠN VỊ", "Phụ lục II",
                    "(Kèm theo Quyết định số 07/QĐ-UBND ngày 05 tháng 01 năm 2024 của ỦY BAN NHÂN DÂN TỈNH LAI CHÂU)"));
            for (BodyBlock b : doc.body()) {
                if (b instanceof BodyBlock.Basis basis) {
                    expected.add(basis.text());
                } else if (b instanceof BodyBlock.Paragraph p) {
                    expected.add(p.text());
                }
            }
            // The contact lines sit at the foot of page 1, inside a paragraph that runs onto page 2.
            String body = text;
            for (String line : doc.contact()) {
                assertThat(text).contains(PdfInspection.normalise(line));
                body = body.replace(" " + PdfInspection.normalise(line), "");
            }
            String withoutFoot = body;
            assertThat(expected).allSatisfy(s -> assertThat(withoutFoot).contains(PdfInspection.normalise(s)));
        }

        @Test
        void matches_its_golden_summary() throws Exception {
            String actual = PdfSummary.of(pdf);
            assertThat(actual).isEqualTo(PdfSummary.golden("every-component.txt", actual));
        }

        @Test
        void restarts_page_numbers_in_each_appendix_and_hides_them_on_first_pages() {
            List<String> pages = PdfInspection.pageTexts(pdf);
            assertThat(pages).hasSize(5);
            assertThat(pages.get(0)).doesNotStartWith("1");
            assertThat(pages.get(1)).startsWith("2");
            assertThat(pages.get(2)).startsWith("Phụ lục I");
            assertThat(pages.get(3)).startsWith("2").contains("STT");
            assertThat(pages.get(4)).startsWith("Phụ lục II");
        }

        @Test
        void repeats_the_table_header_on_the_continuation_page() {
            List<String> pages = PdfInspection.pageTexts(pdf);
            assertThat(PdfInspection.normalise(pages.get(3))).matches("2 STT Tên đơn vị Số chứng thư \\d+ Đơn vị số .*");
        }

        @Test
        void prints_the_contact_lines_at_the_foot_of_page_1_only() {
            List<Glyph> page1 = PdfInspection.glyphs(pdf, 1);
            Glyph contact = PdfInspection.find(page1, "E-Mail").get(0);
            float bottomMargin = (float) (20 * 72 / 25.4);
            assertThat(contact.y()).isBetween(841.89f - bottomMargin - 20, 841.89f - bottomMargin);
            assertThat(contact.size()).isEqualTo(11f);
            assertThat(PdfInspection.pageTexts(pdf).get(1)).doesNotContain("E-Mail");
        }
    }

    @Nested
    class a_certified_copy {
        final byte[] pdf = RENDERER.render(PdfTestDocuments.certifiedCopy());

        @Test
        void prints_the_copy_block_after_the_document_without_a_national_title() throws Exception {
            String text = PdfInspection.normalise(String.join("\n", PdfInspection.pageTexts(pdf)));
            int end = text.indexOf("Trần Văn Tuấn");
            assertThat(text.substring(end)).contains("UBND TỈNH LAI CHÂU", "VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH", "SAO Y",
                    "Số: 07/SY-VP", "Lai Châu, ngày 20 tháng 4 năm 2023", "KT. CHÁNH VĂN PHÒNG",
                    "PHÓ CHÁNH VĂN PHÒNG", "Nguyễn Thị Hoa", "- Các huyện, thành phố;", "- Lưu: VT.")
                    .doesNotContain(AdministrativeDocument.NATIONAL_TITLE);
            assertThat(VeraPdf.failures(pdf, "2a")).isEmpty();
        }

        @Test
        void keeps_the_signature_fields_for_the_copied_documents_signer_only() {
            try (PDDocument doc = PdfInspection.load(pdf)) {
                assertThat(doc.getDocumentCatalog().getAcroForm().getFields()).extracting(PDField::getPartialName)
                        .containsExactly(PdfFields.SIGNER, PdfFields.SEAL);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Nested
    class a_document_signed_at_the_top_right_corner {
        final AdministrativeDocument letter = SampleDocuments.congVanLaiChau().toBuilder().cornerSignature(true).build();
        final byte[] pdf = RENDERER.render(letter);

        @Test
        void carries_an_empty_printed_corner_field_in_the_top_margin_of_page_1_ending_15_mm_from_the_right()
                throws Exception {
            try (PDDocument doc = PdfInspection.load(pdf)) {
                PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
                assertThat(form.getField(PdfFields.CORNER)).isInstanceOf(PDSignatureField.class);
                PDAnnotationWidget widget = form.getField(PdfFields.CORNER).getWidgets().get(0);
                PDRectangle r = widget.getRectangle();
                PDRectangle media = doc.getPage(0).getMediaBox();
                assertThat(doc.getPage(0).getAnnotations()).contains(widget);
                assertThat(widget.isPrinted()).isTrue();
                assertThat(r.getUpperRightX()).isCloseTo(media.getWidth() - 15 * MM, within(0.01f));
                assertThat(r.getWidth()).isCloseTo(150 * MM, within(0.01f));
                assertThat(r.getHeight()).isCloseTo(14f, within(0.01f));
                assertThat(media.getHeight() - r.getUpperRightY()).isCloseTo(8 * MM, within(0.01f));
                // above the text area: the page's top margin is 20 mm
                assertThat(media.getHeight() - r.getLowerLeftY()).isLessThan(20 * MM);
            }
        }

        @Test
        void lays_out_the_text_exactly_as_without_the_field() throws Exception {
            byte[] plain = RENDERER.render(SampleDocuments.congVanLaiChau());
            assertThat(PdfInspection.glyphs(pdf, 1)).isEqualTo(PdfInspection.glyphs(plain, 1));
            assertThat(VeraPdf.failures(pdf, "2a")).isEmpty();
        }

        @Test
        void has_no_corner_field_when_the_document_does_not_ask_for_it() throws Exception {
            try (PDDocument doc = PdfInspection.load(seed)) {
                assertThat(doc.getDocumentCatalog().getAcroForm().getField(PdfFields.CORNER)).isNull();
            }
        }
    }

    @Nested
    class a_file_of_appendices_only {
        final AdministrativeDocument file = ConformanceDocuments.keHoachAppendicesOnly();
        final byte[] pdf = RENDERER.render(file);

        @Test
        void prints_only_the_appendices_each_from_a_new_page_with_its_own_page_numbers() {
            List<String> pages = PdfInspection.pageTexts(pdf);
            assertThat(pages).hasSize(3);
            assertThat(pages.get(0)).startsWith("Phụ lục I\nDANH MỤC VĂN BẢN MẪU\n(Kèm theo Kế hoạch số");
            assertThat(pages.get(1)).startsWith("2\n");
            assertThat(pages.get(2)).startsWith("Phụ lục II\nLỊCH TẬP HUẤN\n");
            String all = PdfInspection.normalise(String.join("\n", pages));
            assertThat(all).doesNotContain(AdministrativeDocument.NATIONAL_TITLE, "Số:", "Ninh Bình, ngày",
                    "Thực hiện chỉ đạo", "Nơi nhận", "Lê Thị Bình", "Địa chỉ:", "THƯỢNG KHẨN", "LƯU HÀNH NỘI BỘ");
        }

        @Test
        void leaves_the_number_and_date_blank_in_the_reference_line_but_names_the_issuing_body() {
            List<Glyph> page1 = PdfInspection.glyphs(pdf, 1);
            float blank = 8 * PdfInspection.find(page1, " ").get(0).width();
            assertThat(PdfInspection.normalise(PdfInspection.pageTexts(pdf).get(0))).contains(
                    "(Kèm theo Kế hoạch số /KH-SNV ngày tháng năm của SỞ NỘI VỤ)");
            for (String[] around : new String[][] {{"hoạch số", "/KH-SNV"}, {"SNV ngày", "tháng"},
                    {"tháng", "năm"}}) {
                Glyph before = last(PdfInspection.find(page1, around[0]));
                Glyph after = PdfInspection.find(page1, around[1]).get(0);
                assertThat(after.y()).as(around[1]).isEqualTo(before.y());
                assertThat(after.x() - (before.x() + before.width())).as("blank after \"%s\"", around[0])
                        .isGreaterThan(blank);
            }
        }

        @Test
        void carries_only_the_corner_field_at_the_top_right_of_page_1() throws Exception {
            try (PDDocument doc = PdfInspection.load(pdf)) {
                PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
                assertThat(form.getFields()).extracting(PDField::getPartialName).containsExactly(PdfFields.CORNER);
                PDAnnotationWidget widget = form.getField(PdfFields.CORNER).getWidgets().get(0);
                PDRectangle media = doc.getPage(0).getMediaBox();
                assertThat(doc.getPage(0).getAnnotations()).contains(widget);
                assertThat(widget.getRectangle().getUpperRightX()).isCloseTo(media.getWidth() - 15 * MM, within(0.01f));
                assertThat(media.getHeight() - widget.getRectangle().getUpperRightY()).isCloseTo(8 * MM, within(0.01f));
            }
        }

        @Test
        void is_pdfa_2a_and_pdf_ua_1_compliant() throws Exception {
            assertThat(VeraPdf.failures(pdf, "2a")).isEmpty();
            assertThat(VeraPdf.failures(pdf, "ua1")).isEmpty();
        }

        @Test
        void is_refused_without_appendices_naming_the_flag() {
            AdministrativeDocument empty = file.toBuilder().appendices(List.of()).build();
            assertThatThrownBy(() -> RENDERER.render(empty)).isInstanceOf(RenderException.class)
                    .hasMessage("appendicesOnly is set but there are no appendices: a file that carries only the "
                            + "appendices of a document (phụ lục, form 2.2) needs at least one");
        }

        private static Glyph last(List<Glyph> glyphs) {
            return glyphs.get(glyphs.size() - 1);
        }
    }

    @Nested
    class other_profiles_and_variants {

        @Test
        void spaces_body_lines_by_the_profiles_line_spacing_times_the_font_line_height() throws Exception {
            PageProfile profile = PageProfile.builder().lineSpacing(1.5f).bodySize(13).build();
            PdfRenderer renderer = PdfRenderer.create(PdfRenderOptions.builder().profile(profile).clock(CLOCK).build());
            byte[] pdf = renderer.render(SampleDocuments.congVanLaiChau());
            List<Glyph> page1 = PdfInspection.glyphs(pdf, 1);
            Glyph first = PdfInspection.find(page1, "Thực hiện").get(0);
            Glyph second = page1.subList(page1.indexOf(first), page1.size()).stream()
                    .filter(g -> g.y() > first.y() + 1).findFirst().orElseThrow();
            float single = FontProvider.liberationSerif().metrics()
                    .lineHeight(io.github.vanban.core.render.FontStyle.REGULAR, 13);
            assertThat(second.y() - first.y()).isCloseTo(1.5f * single, within(0.01f));
            assertThat(first.size()).isEqualTo(13f);
            assertThat(VeraPdf.failures(pdf, "2b")).isEmpty();
        }

        @Test
        void lays_out_a_landscape_page_with_the_wider_text_area() throws Exception {
            PageProfile profile = PageProfile.builder().landscape(true).build();
            byte[] pdf = PdfRenderer.create(PdfRenderOptions.builder().profile(profile).clock(CLOCK).build())
                    .render(SampleDocuments.congVanLaiChau());
            try (PDDocument doc = PdfInspection.load(pdf)) {
                assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(841.89f, within(0.01f));
            }
            List<Glyph> page1 = PdfInspection.glyphs(pdf, 1);
            float right = (float) ((297 - 15) * 72 / 25.4);
            // Justified lines end at the margin to within the rounding of the subset's /W widths
            // (1/1000 em per glyph), under 0.1 pt over a line.
            assertThat(page1).filteredOn(g -> g.x() + g.width() > right + 0.1f).extracting(Glyph::text).isEmpty();
            assertThat(page1.stream().mapToDouble(g -> g.x() + g.width()).max().orElseThrow())
                    .isGreaterThan(right - 2);
        }

        @Test
        void puts_a_single_addressee_on_the_kinh_gui_line() throws Exception {
            AdministrativeDocument doc = SampleDocuments.congVanLaiChau().toBuilder()
                    .addressees(List.of("Bộ Khoa học và Công nghệ")).build();
            String page1 = PdfInspection.pageTexts(RENDERER.render(doc)).get(0);
            assertThat(page1).contains("\nKính gửi: Bộ Khoa học và Công nghệ\n");
        }

        @Test
        void aligns_the_hyphens_of_several_addressees_under_the_colon() throws Exception {
            List<Glyph> page1 = PdfInspection.glyphs(seed, 1);
            Glyph colon = PdfInspection.find(page1, "Kính gửi:").get(8);
            for (String item : SampleDocuments.congVanLaiChau().addressees().lines()) {
                assertThat(PdfInspection.find(page1, item).get(0).x()).isCloseTo(colon.x(), within(0.01f));
            }
        }
    }

    @Nested
    class metadata {

        @Test
        void has_title_creator_producer_and_creation_time_in_vietnam_time_in_xmp_and_info() throws Exception {
            try (PDDocument doc = PdfInspection.load(seed)) {
                PDDocumentCatalog catalog = doc.getDocumentCatalog();
                XMPMetadata xmp = new DomXmpParser().parse(catalog.getMetadata().exportXMPMetadata());
                String subject = SampleDocuments.congVanLaiChau().subject().orElseThrow();
                assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo(subject);
                assertThat(xmp.getDublinCoreSchema().getCreators()).containsExactly("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
                assertThat(xmp.getAdobePDFSchema().getProducer()).isEqualTo(PdfRenderOptions.DEFAULT_PRODUCER);
                Calendar created = xmp.getXMPBasicSchema().getCreateDate();
                assertThat(created.toInstant()).isEqualTo(Instant.parse("2023-04-18T02:00:00Z"));
                assertThat(created.getTimeZone().getRawOffset()).isEqualTo(7 * 3600 * 1000);
                assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(subject);
                assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
                assertThat(doc.getDocumentInformation().getCreationDate().toInstant())
                        .isEqualTo(Instant.parse("2023-04-18T02:00:00Z"));
            }
        }

        @Test
        void is_tagged_in_vietnamese_and_shows_the_title() throws Exception {
            try (PDDocument doc = PdfInspection.load(seed)) {
                PDDocumentCatalog catalog = doc.getDocumentCatalog();
                assertThat(catalog.getLanguage()).isEqualTo("vi-VN");
                assertThat(catalog.getMarkInfo().isMarked()).isTrue();
                assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
                assertThat(catalog.getStructureTreeRoot().getKids()).hasSize(1);
                assertThat(catalog.getOutputIntents()).singleElement()
                        .satisfies(i -> assertThat(i.getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1"));
            }
        }
    }

    @Nested
    class form_fields {

        @Test
        void has_empty_printable_signature_fields_for_signer_and_seal_on_the_signer_page() throws Exception {
            try (PDDocument doc = PdfInspection.load(seed)) {
                PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
                assertThat(form.getNeedAppearances()).isFalse();
                assertThat(form.getCOSObject().containsKey(COSName.NEED_APPEARANCES)).isFalse();
                PDField signer = form.getField(PdfFields.SIGNER);
                PDField seal = form.getField(PdfFields.SEAL);
                assertThat(signer).isInstanceOf(PDSignatureField.class);
                assertThat(seal).isInstanceOf(PDSignatureField.class);
                assertThat(((PDSignatureField) signer).getSignature()).isNull();
                for (PDField f : List.of(signer, seal)) {
                    PDAnnotationWidget w = f.getWidgets().get(0);
                    assertThat(w.isPrinted()).isTrue();
                    assertThat(w.getCOSObject().containsKey(COSName.MK)).as("no border or background").isFalse();
                    assertThat(w.getAppearance().getNormalAppearance().getAppearanceStream()).isNotNull();
                    assertThat(doc.getPages().indexOf(w.getPage())).isEqualTo(0);
                    assertThat(doc.getPage(0).getAnnotations()).contains(w);
                }
                PDRectangle sig = signer.getWidgets().get(0).getRectangle();
                PDRectangle sl = seal.getWidgets().get(0).getRectangle();
                assertThat(sl.getUpperRightX() - sig.getLowerLeftX()).as("the seal covers a third of the signature")
                        .isCloseTo(sig.getWidth() / 3, within(0.01f));
                assertThat(sl.getLowerLeftY() + sl.getHeight() / 2).as("centred on the signature vertically")
                        .isCloseTo(sig.getLowerLeftY() + sig.getHeight() / 2, within(0.01f));
                assertThat(sl.getWidth()).as("the default 36 mm seal").isCloseTo(36 * MM, within(0.01f));
                assertThat(sl.getHeight()).isCloseTo(36 * MM, within(0.01f));
            }
        }

        @Test
        void sizes_the_seal_placeholder_to_the_seal_width_of_the_options() throws Exception {
            PdfRenderer renderer = PdfRenderer.create(PdfRenderOptions.builder().clock(CLOCK).sealDiameterMm(40).build());
            try (PDDocument doc = PdfInspection.load(renderer.render(SampleDocuments.congVanLaiChau()))) {
                PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
                PDRectangle sig = form.getField(PdfFields.SIGNER).getWidgets().get(0).getRectangle();
                PDRectangle sl = form.getField(PdfFields.SEAL).getWidgets().get(0).getRectangle();
                assertThat(sl.getWidth()).isCloseTo(40 * MM, within(0.01f));
                assertThat(sl.getHeight()).isCloseTo(40 * MM, within(0.01f));
                assertThat(sl.getUpperRightX()).isCloseTo(sig.getLowerLeftX() + sig.getWidth() / 3, within(0.01f));
            }
        }

        @Test
        void rejects_a_seal_width_outside_10_to_100_mm() {
            assertThatThrownBy(() -> PdfRenderOptions.builder().sealDiameterMm(8).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("sealDiameterMm (đường kính con dấu) must be between 10 and 100 mm, was 8.0");
        }

        @Test
        void merges_each_widget_with_its_field_so_the_annotation_on_the_page_carries_the_name() throws Exception {
            try (PDDocument doc = PdfInspection.load(seed)) {
                PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
                assertThat(form.getFields()).hasSize(4).allSatisfy(field -> {
                    COSDictionary dictionary = field.getCOSObject();
                    assertThat(dictionary.containsKey(COSName.KIDS)).isFalse();
                    assertThat(dictionary.getNameAsString(COSName.SUBTYPE)).isEqualTo("Widget");
                    PDAnnotationWidget widget = field.getWidgets().get(0);
                    assertThat(widget.getCOSObject()).isSameAs(dictionary);
                    assertThat(doc.getPage(0).getAnnotations()).contains(widget);
                });
                // EU DSS compares the annotation's own /T and /V between revisions
                assertThat(doc.getPage(0).getAnnotations()).extracting(a -> a.getCOSObject().getString(COSName.T))
                        .containsExactlyInAnyOrder(PdfFields.NUMBER, PdfFields.DAY, PdfFields.SIGNER, PdfFields.SEAL);
            }
        }

        @Test
        void writes_the_parent_tree_before_the_kids_of_the_structure_root() throws Exception {
            // EU DSS visits a widget once, through whichever /OBJR path it meets first (see PdfWriter)
            try (PDDocument doc = PdfInspection.load(seed)) {
                List<COSName> keys = new ArrayList<>(
                        doc.getDocumentCatalog().getStructureTreeRoot().getCOSObject().keySet());
                assertThat(keys).containsSubsequence(COSName.PARENT_TREE, COSName.K);
            }
        }

        @Test
        void tags_each_widget_in_a_form_structure_element() throws Exception {
            try (PDDocument doc = PdfInspection.load(seed)) {
                List<COSDictionary> widgets = new ArrayList<>();
                doc.getDocumentCatalog().getAcroForm().getFields()
                        .forEach(f -> widgets.add(f.getWidgets().get(0).getCOSObject()));
                List<COSBase> tagged = new ArrayList<>();
                for (Object kid : doc.getDocumentCatalog().getStructureTreeRoot().getKids()) {
                    for (Object element : ((PDStructureElement) kid).getKids()) {
                        if (element instanceof PDStructureElement e && e.getStructureType().equals("Form")) {
                            tagged.add(((PDObjectReference) e.getKids().get(0)).getCOSObject()
                                    .getDictionaryObject(COSName.OBJ));
                        }
                    }
                }
                assertThat(tagged).containsExactlyElementsOf(widgets);
            }
        }

        @Test
        void aligns_the_number_right_against_the_slash_and_centres_the_day() throws Exception {
            try (PDDocument doc = PdfInspection.load(seed)) {
                PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
                assertThat(((PDTextField) form.getField(PdfFields.NUMBER)).getQ()).isEqualTo(PDTextField.QUADDING_RIGHT);
                assertThat(((PDTextField) form.getField(PdfFields.DAY)).getQ()).isEqualTo(PDTextField.QUADDING_CENTERED);
            }
        }

        @Test
        void places_the_signer_field_between_the_title_lines_and_the_name() throws Exception {
            List<Glyph> page1 = PdfInspection.glyphs(seed, 1);
            float titleBottom = PdfInspection.find(page1, "PHÓ GIÁM ĐỐC").get(0).y();
            float nameTop = PdfInspection.find(page1, "Trần Văn Tuấn").get(0).y() - 14;
            try (PDDocument doc = PdfInspection.load(seed)) {
                PDRectangle r = doc.getDocumentCatalog().getAcroForm().getField(PdfFields.SIGNER).getWidgets().get(0)
                        .getRectangle();
                float pageHeight = doc.getPage(0).getMediaBox().getHeight();
                float top = pageHeight - r.getUpperRightY();
                float bottom = pageHeight - r.getLowerLeftY();
                assertThat(top).isGreaterThan(titleBottom);
                assertThat(bottom).isLessThan(nameTop);
                float nameCentre = centre(PdfInspection.find(page1, "Trần Văn Tuấn"));
                assertThat(r.getLowerLeftX() + r.getWidth() / 2).isCloseTo(nameCentre, within(0.5f));
            }
        }

        @Test
        void puts_the_number_field_exactly_over_the_blank_before_the_slash() throws Exception {
            List<Glyph> page1 = PdfInspection.glyphs(seed, 1);
            List<Glyph> so = PdfInspection.find(page1, "Số:");
            Glyph slash = PdfInspection.find(page1, "/SKHCN").get(0);
            try (PDDocument doc = PdfInspection.load(seed)) {
                PDTextField number = (PDTextField) doc.getDocumentCatalog().getAcroForm().getField(PdfFields.NUMBER);
                PDRectangle r = number.getWidgets().get(0).getRectangle();
                Glyph colon = so.get(2);
                assertThat(r.getLowerLeftX()).isBetween(colon.x() + colon.width(), colon.x() + colon.width() + 4);
                assertThat(r.getUpperRightX()).isCloseTo(slash.x(), within(0.05f));
                assertThat(number.getDefaultAppearance()).isEqualTo("/VBR 13 Tf 0 g");
                assertThat(doc.getPages().indexOf(number.getWidgets().get(0).getPage())).isZero();
            }
        }

        @Test
        void puts_the_day_field_over_the_blank_between_ngay_and_thang_with_the_date_size() throws Exception {
            List<Glyph> page1 = PdfInspection.glyphs(seed, 1);
            List<Glyph> ngay = PdfInspection.find(page1, "ngày");
            Glyph thang = PdfInspection.find(page1, "tháng").get(0);
            try (PDDocument doc = PdfInspection.load(seed)) {
                PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
                PDTextField day = (PDTextField) form.getField(PdfFields.DAY);
                PDRectangle r = day.getWidgets().get(0).getRectangle();
                Glyph y = ngay.get(3);
                assertThat(r.getLowerLeftX()).isBetween(y.x() + y.width(), y.x() + y.width() + 5);
                assertThat(r.getUpperRightX()).isBetween(thang.x() - 5, thang.x());
                assertThat(day.getDefaultAppearance()).isEqualTo("/VBI 14 Tf 0 g");
                assertThat(form.getField(PdfFields.MONTH)).as("the month is known").isNull();
                assertThat(form.getField(PdfFields.YEAR)).isNull();
            }
        }

        @Test
        void gives_the_default_resources_embedded_fonts_with_the_digits() throws IOException {
            try (PDDocument doc = PdfInspection.load(seed)) {
                var dr = doc.getDocumentCatalog().getAcroForm().getDefaultResources();
                for (String name : List.of(PdfFields.REGULAR_FONT_RESOURCE, PdfFields.ITALIC_FONT_RESOURCE)) {
                    PDType0Font font = (PDType0Font) dr.getFont(COSName.getPDFName(name));
                    assertThat(font.isEmbedded()).isTrue();
                    assertThat(font.encode("0123456789")).as("digits are in the subset").hasSize(20);
                }
            }
        }

        @Test
        void has_no_number_or_date_fields_once_both_are_assigned() throws Exception {
            AdministrativeDocument issued = SampleDocuments.congVanLaiChau().toBuilder()
                    .number(DocumentNumber.of(15, "SKHCN-VP"))
                    .date(IssueDate.of(LocalDate.of(2023, 4, 20)))
                    .build();
            try (PDDocument doc = PdfInspection.load(RENDERER.render(issued))) {
                assertThat(doc.getDocumentCatalog().getAcroForm().getFields()).extracting(PDField::getPartialName)
                        .containsExactly(PdfFields.SIGNER, PdfFields.SEAL);
            }
        }

        @Test
        void has_day_month_and_year_fields_when_the_whole_date_is_pending() throws Exception {
            AdministrativeDocument pending = SampleDocuments.congVanLaiChau().toBuilder()
                    .date(IssueDate.pending())
                    .build();
            byte[] pdf = RENDERER.render(pending);
            List<Glyph> page1 = PdfInspection.glyphs(pdf, 1);
            Glyph thang = PdfInspection.find(page1, "tháng").get(4);
            Glyph nam = PdfInspection.find(page1, "năm").get(0);
            try (PDDocument doc = PdfInspection.load(pdf)) {
                PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
                assertThat(form.getFields()).extracting(PDField::getPartialName)
                        .containsExactly(PdfFields.NUMBER, PdfFields.DAY, PdfFields.MONTH, PdfFields.YEAR,
                                PdfFields.SIGNER, PdfFields.SEAL);
                PDRectangle month = form.getField(PdfFields.MONTH).getWidgets().get(0).getRectangle();
                assertThat(month.getLowerLeftX()).isBetween(thang.x() + thang.width(), thang.x() + thang.width() + 5);
                assertThat(month.getUpperRightX()).isBetween(nam.x() - 5, nam.x());
                PDRectangle year = form.getField(PdfFields.YEAR).getWidgets().get(0).getRectangle();
                assertThat(year.getLowerLeftX()).isGreaterThan(nam.x() + nam.width());
            }
            assertThat(VeraPdf.failures(pdf, "2b")).isEmpty();
        }
    }

    @Nested
    class bad_input {

        @Test
        void fails_on_a_cjk_character_naming_it_and_where_it_is() throws Exception {
            AdministrativeDocument doc = SampleDocuments.congVanLaiChau().toBuilder()
                    .body(List.of(new BodyBlock.Paragraph("Xin chào 中 bạn"), new BodyBlock.Paragraph("Hết.")))
                    .build();
            assertThatThrownBy(() -> RENDERER.render(doc))
                    .isInstanceOf(RenderException.class)
                    .hasMessage("character U+4E2D '中' in body[0] at character 10 is not in the font (regular): "
                            + "\"Xin chào 中 bạn\"");
        }

        @Test
        void fails_on_an_emoji_in_the_signer_name_naming_the_code_point() throws Exception {
            AdministrativeDocument doc = SampleDocuments.congVanLaiChau().toBuilder()
                    .signer(SignatureBlock.head("Giám đốc", "Trần Văn 😀"))
                    .build();
            assertThatThrownBy(() -> RENDERER.render(doc))
                    .isInstanceOf(RenderException.class)
                    .hasMessage("character U+1F600 '😀' in signer.fullName at character 10 is not in the font "
                            + "(bold): \"Trần Văn 😀\"");
        }

        @Test
        void fails_on_an_authority_name_longer_than_three_lines() throws Exception {
            AdministrativeDocument doc = SampleDocuments.congVanLaiChau().toBuilder()
                    .issuingAuthority("Trung tâm Ứng dụng tiến bộ khoa học và công nghệ, thông tin, thống kê "
                            + "và đo lường chất lượng sản phẩm hàng hóa tỉnh Lai Châu")
                    .build();
            assertThatThrownBy(() -> RENDERER.render(doc))
                    .isInstanceOf(RenderException.class)
                    .hasMessage("issuingAuthority \"TRUNG TÂM ỨNG DỤNG TIẾN BỘ KHOA HỌC VÀ CÔNG NGHỆ, THÔNG TIN, "
                            + "THỐNG KÊ VÀ ĐO LƯỜNG CHẤT LƯỢNG SẢN PHẨM HÀNG HÓA TỈNH LAI CHÂU\" needs 6 lines at "
                            + "13 pt in the header's left column (185 pt wide); at most 3 fit: abbreviate it as "
                            + "Decree 30 allows (e.g. \"UBND TỈNH …\")");
        }

        @Test
        void wraps_an_authority_name_of_three_lines_centred_and_stays_compliant() throws Exception {
            AdministrativeDocument doc = SampleDocuments.congVanLaiChau().toBuilder()
                    .issuingAuthority("Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh")
                    .build();
            byte[] pdf = RENDERER.render(doc);
            List<Glyph> page1 = PdfInspection.glyphs(pdf, 1);
            List<List<Glyph>> lines = List.of(PdfInspection.find(page1, "TRUNG TÂM ỨNG DỤNG"),
                    PdfInspection.find(page1, "TIẾN BỘ KHOA HỌC VÀ"), PdfInspection.find(page1, "CÔNG NGHỆ TỈNH"));
            assertThat(lines).allSatisfy(l -> assertThat(centre(l)).isCloseTo(centre(lines.get(0)), within(0.5f)));
            assertThat(lines.get(1).get(0).y()).isGreaterThan(lines.get(0).get(0).y());
            assertThat(VeraPdf.failures(pdf, "2b")).isEmpty();
        }

        @Test
        void fails_on_a_table_row_taller_than_half_a_page_naming_it() throws Exception {
            String huge = String.join(" ", java.util.Collections.nCopies(700, "chữ"));
            AdministrativeDocument doc = SampleDocuments.congVanLaiChau().toBuilder()
                    .body(List.of(new BodyBlock.Paragraph("Danh sách:"),
                            new BodyBlock.Table(List.of(List.of("STT", "Nội dung"), List.of("1", huge)), 1)))
                    .build();
            assertThatThrownBy(() -> RENDERER.render(doc))
                    .isInstanceOf(RenderException.class)
                    .hasMessage("body[1].rows[1] is 685 pt tall, more than half a page (364 pt): split its "
                            + "cells into several rows");
        }

        @Test
        void fails_on_a_distribution_list_longer_than_a_page() throws Exception {
            List<io.github.vanban.core.model.DistributionEntry> entries = new ArrayList<>();
            for (int i = 1; i <= 70; i++) {
                entries.add(new io.github.vanban.core.model.DistributionEntry.Recipient("UBND xã số " + i));
            }
            AdministrativeDocument doc = SampleDocuments.congVanLaiChau().toBuilder()
                    .distribution(new Distribution(entries, java.util.Optional.empty(), java.util.Optional.empty()))
                    .build();
            assertThatThrownBy(() -> RENDERER.render(doc))
                    .isInstanceOf(RenderException.class)
                    .hasMessage("the signer and Nơi nhận block is 899 pt tall, more than fits on a page with the last "
                            + "two body lines (684 pt): group the distribution entries");
        }

        @Test
        void fails_on_an_empty_body_and_writes_nothing(@TempDir Path dir) throws Exception {
            AdministrativeDocument doc = SampleDocuments.congVanLaiChau().toBuilder().body(List.of()).build();
            Path target = dir.resolve("empty.pdf");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            String message = "body is empty: a document needs at least one body block (nội dung, ô 6) before it "
                    + "can be rendered";
            assertThatThrownBy(() -> RENDERER.render(doc, out)).isInstanceOf(RenderException.class).hasMessage(message);
            assertThatThrownBy(() -> RENDERER.render(doc, target)).isInstanceOf(RenderException.class)
                    .hasMessage(message);
            assertThat(out.size()).isZero();
            assertThat(dir).isEmptyDirectory();
        }
    }

    @Nested
    class output {

        @Test
        void writes_to_a_stream_without_closing_it() throws Exception {
            CallerStreams.Output out = new CallerStreams.Output();
            RENDERER.render(SampleDocuments.congVanLaiChau(), out);
            assertThat(out.isClosed()).isFalse();
            assertThat(out.toByteArray()).isEqualTo(seed);
        }

        @Test
        void replaces_a_file_atomically_and_leaves_no_temporary_file(@TempDir Path dir) throws IOException {
            Path target = dir.resolve("cong-van.pdf");
            Files.writeString(target, "old");
            RENDERER.render(SampleDocuments.congVanLaiChau(), target);
            assertThat(Files.readAllBytes(target)).isEqualTo(seed);
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files).containsExactly(target);
            }
        }

        @Test
        void renders_concurrently_to_the_same_bytes() throws Exception {
            List<Thread> threads = new ArrayList<>();
            List<byte[]> results = java.util.Collections.synchronizedList(new ArrayList<>());
            for (int i = 0; i < 4; i++) {
                Thread t = new Thread(() -> results.add(RENDERER.render(SampleDocuments.congVanLaiChau())));
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join();
            }
            assertThat(results).hasSize(4).allSatisfy(r -> assertThat(r).isEqualTo(seed));
        }
    }

    @Nested
    class checked_with_command_line_tools {

        @Test
        void passes_qpdf_check(@TempDir Path dir) throws Exception {
            org.junit.jupiter.api.Assumptions.assumeTrue(PdfInspection.hasTool("qpdf"), "qpdf is not installed");
            PdfInspection.write(dir, "seed.pdf", seed);
            PdfInspection.Result r = PdfInspection.run(dir, "qpdf", "--check", "seed.pdf");
            assertThat(r.exit()).as(r.output()).isZero();
            assertThat(r.output()).contains("No syntax or stream encoding errors found").doesNotContain("WARNING");
        }

        @Test
        void lists_only_embedded_subset_fonts_with_unicode_maps_in_pdffonts(@TempDir Path dir) throws Exception {
            org.junit.jupiter.api.Assumptions.assumeTrue(PdfInspection.hasTool("pdffonts"), "poppler-utils is not installed");
            PdfInspection.write(dir, "seed.pdf", seed);
            PdfInspection.Result r = PdfInspection.run(dir, "pdffonts", "seed.pdf");
            assertThat(r.exit()).isZero();
            List<String> rows = r.output().lines().skip(2).toList();
            assertThat(rows).hasSize(4).allSatisfy(row -> assertThat(row)
                    .matches("[A-Z]{6}\\+LiberationSerif\\S*\\s+CID TrueType\\s+Identity-H\\s+yes yes yes.*"));
        }

        @Test
        void gives_every_printed_string_to_pdftotext(@TempDir Path dir) throws Exception {
            org.junit.jupiter.api.Assumptions.assumeTrue(PdfInspection.hasTool("pdftotext"), "poppler-utils is not installed");
            PdfInspection.write(dir, "seed.pdf", seed);
            // -raw: poppler's default mode joins a word broken after a hyphen ("BKHCN-" / "ƯDPTCN")
            // and drops the hyphen, a reading heuristic; the PDF itself holds the hyphen.
            PdfInspection.Result r = PdfInspection.run(dir, "pdftotext", "-raw", "-enc", "UTF-8", "seed.pdf", "-");
            assertThat(r.exit()).isZero();
            String text = PdfInspection.normalise(r.output());
            assertThat(printedStrings(SampleDocuments.congVanLaiChau())).allSatisfy(s -> assertThat(text).contains(s));
        }
    }

    static float centre(List<Glyph> run) {
        Glyph first = run.get(0);
        Glyph last = run.get(run.size() - 1);
        return (first.x() + last.x() + last.width()) / 2;
    }
}
