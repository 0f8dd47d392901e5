// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.model.CopyCertification;
import io.github.vanban.core.model.CopyForm;
import io.github.vanban.core.model.DocumentNumber;
import io.github.vanban.core.model.IssueDate;
import io.github.vanban.core.model.SignatureBlock;
import io.github.vanban.core.model.Distribution;
import io.github.vanban.core.render.PageProfile;
import io.github.vanban.core.render.RenderException;
import io.github.vanban.core.render.conformance.ConformanceDocuments;
import io.github.vanban.core.render.conformance.LayoutConformance;
import io.github.vanban.core.render.conformance.LibreOffice;
import io.github.vanban.core.render.conformance.PdfLayout;
import io.github.vanban.core.render.conformance.RendererAgreement;
import io.github.vanban.core.render.internal.LayoutGeometry;
import io.github.vanban.core.render.pdf.PdfRenderOptions;
import io.github.vanban.core.render.pdf.PdfRenderer;
import io.github.vanban.core.testing.SampleDocuments;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.docx4j.TraversalUtil;
import org.docx4j.finders.ClassFinder;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.CTBookmark;
import org.docx4j.wml.Style;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

class DocxRendererTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2023-04-17T02:30:00Z"), ZoneOffset.UTC);
    static final DocxRenderer RENDERER = DocxRenderer.builder().clock(CLOCK).build();

    /** A profile at the other ends of the decree's ranges, to show the layout follows the profile. */
    static final PageProfile WIDE_MARGINS = PageProfile.builder()
            .marginTopMm(25).marginBottomMm(25).marginLeftMm(35).marginRightMm(20)
            .nationalTitleSize(12).mottoSize(13).authoritySize(12).placeDateSize(13).typeNameSize(13)
            .subjectSize(13).vvSize(13).bodySize(13).kinhGuiSize(13).signerSize(13).contactSize(12)
            .pageNumberSize(13).stampSize(14).firstLineIndentMm(12.7).paragraphSpacingPt(8).lineSpacing(1.3f)
            .signatureSpaceMm(30).build();
    /** The documents under test, by golden-file case name. */
    static Map<String, AdministrativeDocument> documents() {
        Map<String, AdministrativeDocument> docs = new LinkedHashMap<>();
        docs.put("cong-van-lai-chau", SampleDocuments.congVanLaiChau());
        docs.put("quyet-dinh", ConformanceDocuments.quyetDinh());
        docs.put("ke-hoach-phu-luc", ConformanceDocuments.keHoachWithAppendices());
        docs.put("cong-van-mot-noi-nhan", oneAddresseeIssued());
        docs.put("cong-van-sao-y", certifiedCopy());
        docs.put("ke-hoach-phu-luc-tep-rieng", ConformanceDocuments.keHoachAppendicesOnly());
        return docs;
    }

    /** The seed letter with one more paragraph, so that its signer block no longer fits page 1. */
    static AdministrativeDocument overflowingLetter() {
        List<io.github.vanban.core.model.BodyBlock> body = new ArrayList<>(SampleDocuments.congVanLaiChau().body());
        body.add(0, new io.github.vanban.core.model.BodyBlock.Paragraph(
                "Đoạn bổ sung để khối chữ ký không còn đủ chỗ ở trang đầu."));
        return SampleDocuments.congVanLaiChau().toBuilder().body(body).build();
    }

    /** The issued seed letter with a certified copy block (SAO Y) of the department's office. */
    static AdministrativeDocument certifiedCopy() {
        return oneAddresseeIssued().toBuilder()
                .copy(new CopyCertification(CopyForm.SAO_Y, Optional.of("UBND tỉnh Lai Châu"),
                        "Sở Khoa học và Công nghệ", DocumentNumber.of(7, "SY-SKHCN"), "Lai Châu",
                        IssueDate.of(java.time.LocalDate.of(2023, 4, 20)),
                        SignatureBlock.of(io.github.vanban.core.model.SigningCapacity.TL, "Giám đốc",
                                "Chánh Văn phòng", "Lò Thị Mai"),
                        new Distribution(List.of(new io.github.vanban.core.model.DistributionEntry.Recipient(
                                "Phòng Quản lý khoa học")), Optional.of(new io.github.vanban.core.model.FileCopy(
                                List.of("VT"), java.util.OptionalInt.empty())), Optional.empty())))
                .build();
    }

    /** The seed letter as issued (number and date assigned) to a single addressee. */
    static AdministrativeDocument oneAddresseeIssued() {
        return SampleDocuments.congVanLaiChau().toBuilder()
                .number(DocumentNumber.of(125, "SKHCN-VP"))
                .date(IssueDate.of(java.time.LocalDate.of(2023, 4, 18)))
                .addressees(List.of("Ủy ban nhân dân tỉnh Lai Châu"))
                .build();
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class when_LibreOffice_converts_the_rendered_documents {
        Map<String, Path> pdfs = new LinkedHashMap<>();

        @BeforeAll
        void convert(@TempDir Path dir) throws IOException {
            assumeTrue(LibreOffice.isAvailable(), "soffice (LibreOffice) is not installed: the DOCX fidelity "
                    + "checks need it to lay the pages out");
            List<Path> inputs = new ArrayList<>();
            for (Map.Entry<String, AdministrativeDocument> e : documents().entrySet()) {
                Path docx = dir.resolve(e.getKey() + ".docx");
                Files.write(docx, RENDERER.render(e.getValue()));
                inputs.add(docx);
            }
            Path wide = dir.resolve("ke-hoach-wide-margins.docx");
            DocxRenderer.builder().clock(CLOCK).profile(WIDE_MARGINS).build()
                    .render(ConformanceDocuments.keHoachWithAppendices(), wide);
            inputs.add(wide);
            Path overflowing = dir.resolve("cong-van-tran-trang.docx");
            RENDERER.render(overflowingLetter(), overflowing);
            inputs.add(overflowing);
            Path headings = dir.resolve("ke-hoach-de-muc.docx");
            RENDERER.render(ConformanceDocuments.keHoachWithHeadings(), headings);
            inputs.add(headings);
            Path headingsWide = dir.resolve("ke-hoach-de-muc-wide-margins.docx");
            DocxRenderer.builder().clock(CLOCK).profile(WIDE_MARGINS).build()
                    .render(ConformanceDocuments.keHoachWithHeadings(), headingsWide);
            inputs.add(headingsWide);
            List<Path> out = LibreOffice.convertToPdf(inputs, dir.resolve("pdf"));
            List<String> names = new ArrayList<>(documents().keySet());
            names.add("ke-hoach-wide-margins");
            names.add("cong-van-tran-trang");
            names.add("ke-hoach-de-muc");
            names.add("ke-hoach-de-muc-wide-margins");
            for (int i = 0; i < names.size(); i++) {
                pdfs.put(names.get(i), out.get(i));
            }
        }

        @Test
        void the_seed_letter_fits_one_page_laid_out_as_the_decree_says() {
            Path pdf = pdfs.get("cong-van-lai-chau");
            assertThat(PdfLayout.read(pdf).pages()).hasSize(1);
            LayoutConformance.assertConforms(pdf, SampleDocuments.congVanLaiChau(), PageProfile.defaults());
        }

        @Test
        void the_decision_with_bases_and_articles_conforms() {
            Path pdf = pdfs.get("quyet-dinh");
            assertThat(PdfLayout.read(pdf).pages()).hasSize(1);
            LayoutConformance.assertConforms(pdf, ConformanceDocuments.quyetDinh(), PageProfile.defaults());
        }

        @Test
        void the_plan_with_tables_has_the_pages_and_table_columns_of_the_pdf_rendering(@TempDir Path dir) {
            Path pdf = dir.resolve("ke-hoach-phu-luc.pdf");
            PdfRenderer.create().render(ConformanceDocuments.keHoachWithAppendices(), pdf);

            assertThat(RendererAgreement.differences(pdf, pdfs.get("ke-hoach-phu-luc"),
                    ConformanceDocuments.keHoachWithAppendices())).isEmpty();
        }

        @Test
        void the_headings_of_a_plan_lie_within_1_pt_of_where_the_pdf_rendering_puts_them(@TempDir Path dir) {
            Path pdf = dir.resolve("ke-hoach-de-muc.pdf");
            PdfRenderer.create().render(ConformanceDocuments.keHoachWithHeadings(), pdf);

            assertThat(PdfLayout.read(pdf).pages()).hasSize(2);
            assertThat(RendererAgreement.headingDifferences(pdf, pdfs.get("ke-hoach-de-muc"),
                    ConformanceDocuments.keHoachWithHeadings())).isEmpty();
            assertThat(RendererAgreement.differences(pdf, pdfs.get("ke-hoach-de-muc"),
                    ConformanceDocuments.keHoachWithHeadings())).isEmpty();
        }

        @Test
        void the_headings_agree_under_another_profile_with_wider_paragraph_and_line_spacing(@TempDir Path dir) {
            Path pdf = dir.resolve("ke-hoach-de-muc-wide-margins.pdf");
            PdfRenderer.create(PdfRenderOptions.builder().profile(WIDE_MARGINS).build())
                    .render(ConformanceDocuments.keHoachWithHeadings(), pdf);

            assertThat(RendererAgreement.headingSpacingDifferences(pdf, pdfs.get("ke-hoach-de-muc-wide-margins"),
                    ConformanceDocuments.keHoachWithHeadings())).isEmpty();
        }

        @Test
        void the_page_number_of_a_two_page_letter_lies_within_1_pt_of_the_pdf_renderings(@TempDir Path dir) {
            Path pdf = dir.resolve("cong-van-tran-trang.pdf");
            PdfRenderer.create().render(overflowingLetter(), pdf);

            assertThat(PdfLayout.read(pdf).pages().get(1).rows().get(0).text()).isEqualTo("2");
            assertThat(RendererAgreement.pageNumberDifferences(pdf, pdfs.get("cong-van-tran-trang"))).isEmpty();
        }

        @Test
        void the_page_number_stays_centred_in_a_25_mm_top_margin(@TempDir Path dir) {
            Path pdf = dir.resolve("ke-hoach-de-muc-wide-margins.pdf");
            PdfRenderer.create(PdfRenderOptions.builder().profile(WIDE_MARGINS).build())
                    .render(ConformanceDocuments.keHoachWithHeadings(), pdf);
            PdfLayout.Row number = PdfLayout.read(pdfs.get("ke-hoach-de-muc-wide-margins")).pages().get(1).rows().get(0);

            assertThat(number.text()).isEqualTo("2");
            assertThat(number.baseline()).isCloseTo(
                    LayoutGeometry.pageNumberBaselinePt(WIDE_MARGINS), within(RendererAgreement.POSITION_TOLERANCE_PT));
            assertThat(RendererAgreement.pageNumberDifferences(pdf, pdfs.get("ke-hoach-de-muc-wide-margins"))).isEmpty();
        }

        @Test
        void the_headings_of_the_plans_appendices_lie_within_1_pt_of_where_the_pdf_rendering_puts_them(
                @TempDir Path dir) {
            Path pdf = dir.resolve("ke-hoach-phu-luc.pdf");
            PdfRenderer.create().render(ConformanceDocuments.keHoachWithAppendices(), pdf);

            assertThat(RendererAgreement.headingSpacingDifferences(pdf, pdfs.get("ke-hoach-phu-luc"),
                    ConformanceDocuments.keHoachWithAppendices())).isEmpty();
            assertThat(RendererAgreement.headingDifferences(pdf, pdfs.get("ke-hoach-phu-luc"),
                    ConformanceDocuments.keHoachWithAppendices()).stream().filter(d -> d.contains("Chương I")))
                    .isEmpty();
        }

        @Test
        void the_plan_runs_onto_a_second_page_and_each_appendix_starts_its_own_numbered_part() {
            Path pdf = pdfs.get("ke-hoach-phu-luc");
            PdfLayout layout = PdfLayout.read(pdf);
            assertThat(layout.pages()).hasSize(4);
            assertThat(layout.pages().get(2).rows().get(0).text()).isEqualTo("Phụ lục I");
            assertThat(layout.pages().get(3).rows().get(0).text()).isEqualTo("Phụ lục II");
            LayoutConformance.assertConforms(pdf, ConformanceDocuments.keHoachWithAppendices(),
                    PageProfile.defaults());
        }

        @Test
        void a_file_of_appendices_only_starts_with_appendix_I_on_page_1_and_numbers_each_appendix_apart() {
            Path pdf = pdfs.get("ke-hoach-phu-luc-tep-rieng");
            PdfLayout layout = PdfLayout.read(pdf);
            assertThat(layout.pages()).hasSize(3);
            assertThat(layout.pages().get(0).rows().get(0).text()).isEqualTo("Phụ lục I");
            assertThat(layout.pages().get(1).rows().get(0).text()).isEqualTo("2");
            assertThat(layout.pages().get(2).rows().get(0).text()).isEqualTo("Phụ lục II");
            LayoutConformance.assertConforms(pdf, ConformanceDocuments.keHoachAppendicesOnly(),
                    PageProfile.defaults());
        }

        @Test
        void another_profile_within_the_decree_ranges_is_followed_throughout() {
            Path pdf = pdfs.get("ke-hoach-wide-margins");
            assertThat(PdfLayout.read(pdf).pages()).hasSizeGreaterThan(4);
            LayoutConformance.assertConforms(pdf, ConformanceDocuments.keHoachWithAppendices(), WIDE_MARGINS);
        }

        @Test
        void when_the_signer_block_does_not_fit_the_last_body_lines_go_with_it_to_the_next_page() {
            Path pdf = pdfs.get("cong-van-tran-trang");
            PdfLayout layout = PdfLayout.read(pdf);
            assertThat(layout.pages()).hasSize(2);
            assertThat(layout.pages().get(1).rows().get(1).text()).startsWith("Sở Khoa học và Công nghệ trân trọng");
            LayoutConformance.assertConforms(pdf, overflowingLetter(), PageProfile.defaults());
        }

        @Test
        void a_single_addressee_shares_the_line_of_Kinh_gui_and_the_assigned_number_prints() {
            Path pdf = pdfs.get("cong-van-mot-noi-nhan");
            PdfLayout layout = PdfLayout.read(pdf);
            assertThat(layout.rows()).extracting(PdfLayout.Row::text)
                    .contains("Kính gửi: Ủy ban nhân dân tỉnh Lai Châu")
                    .anyMatch(row -> row.startsWith("Số: 125/SKHCN-VP Lai Châu, ngày 18 tháng 4 năm 2023"));
            LayoutConformance.assertConforms(pdf, oneAddresseeIssued(), PageProfile.defaults());
        }

        @Test
        void a_certified_copy_follows_the_letter_below_a_full_width_rule() {
            Path pdf = pdfs.get("cong-van-sao-y");
            PdfLayout layout = PdfLayout.read(pdf);
            assertThat(layout.rows()).extracting(PdfLayout.Row::text).anyMatch(r -> r.contains("SAO Y"));
            LayoutConformance.assertConforms(pdf, certifiedCopy(), PageProfile.defaults());
        }

        @Test
        void the_urgency_stamp_is_a_box_drawn_around_its_text() {
            PdfLayout layout = PdfLayout.read(pdfs.get("ke-hoach-phu-luc"));
            PdfLayout.Word stamp = layout.find("THƯỢNG KHẨN", 0).orElseThrow().get(0);
            double widthPt = 40 * PageProfile.PT_PER_MM;
            assertThat(layout.pages().get(0).rules())
                    .filteredOn(r -> Math.abs(r.length() - widthPt) < 1.5)
                    .filteredOn(r -> Math.abs(r.y() - stamp.baseline()) < 20)
                    .as("top and bottom edges of the 40 mm box")
                    .hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Nested
    class when_the_package_is_read_back_with_docx4j {
        final byte[] docx = RENDERER.render(SampleDocuments.congVanLaiChau());

        @Test
        void it_holds_every_text_of_the_letter() throws Exception {
            WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
            String text = org.docx4j.TextUtils.getText(pkg.getMainDocumentPart().getJaxbElement());
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "UBND TỈNH LAI CHÂU", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "/SKHCN-VP",
                    "V/v tổ chức các hoạt động hưởng ứng Ngày Đổi mới sáng tạo thế giới năm 2023",
                    "Kính gửi:", "- Các Sở, ban, ngành, đoàn thể tỉnh;", "- UBND các huyện, thành phố.",
                    "triển khai thực hiện./.", "Nơi nhận:", "- UBND tỉnh;", "(B/c)", "- Lưu: VT, VP.",
                    "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Văn Tuấn");
        }

        @Test
        void it_names_a_style_for_every_component() throws Exception {
            WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
            List<String> names = pkg.getMainDocumentPart().getStyleDefinitionsPart().getJaxbElement().getStyle()
                    .stream().map(Style::getName).map(n -> n.getVal()).toList();
            assertThat(names).contains("VB Quoc Hieu", "VB Tieu Ngu", "VB Co Quan Chu Quan", "VB Co Quan", "VB So",
                    "VB Trich Yeu Cong Van", "VB Dia Danh", "VB Ten Loai", "VB Trich Yeu", "VB Kinh Gui", "VB Body",
                    "VB Can Cu", "VB Dieu", "VB Noi Nhan", "VB Noi Nhan Item", "VB Chuc Vu", "VB Ho Ten",
                    "VB So Trang", "VB Lien He", "VB Phu Luc");
        }

        @Test
        void the_defaults_name_Times_New_Roman_in_all_four_slots_without_theme_fonts() throws Exception {
            WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
            var rPr = pkg.getMainDocumentPart().getStyleDefinitionsPart().getJaxbElement().getDocDefaults()
                    .getRPrDefault().getRPr();
            var fonts = rPr.getRFonts();
            assertThat(List.of(fonts.getAscii(), fonts.getHAnsi(), fonts.getCs(), fonts.getEastAsia()))
                    .containsOnly("Times New Roman");
            assertThat(fonts.getAsciiTheme()).isNull();
            assertThat(fonts.getHAnsiTheme()).isNull();
            assertThat(fonts.getEastAsiaTheme()).isNull();
            assertThat(fonts.getCstheme()).isNull();
            assertThat(rPr.getLang().getVal()).isEqualTo("vi-VN");
            assertThat(rPr.getColor().getVal()).isEqualTo("000000");
        }

        @Test
        void the_blank_number_and_day_are_bookmarked_for_the_records_office() throws Exception {
            WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
            ClassFinder finder = new ClassFinder(CTBookmark.class);
            new TraversalUtil(pkg.getMainDocumentPart().getContent(), finder);
            assertThat(finder.results).extracting(o -> ((CTBookmark) o).getName())
                    .containsExactly(DocxRenderer.NUMBER_BOOKMARK, DocxRenderer.DAY_BOOKMARK);
        }

        @Test
        void an_assigned_number_and_date_have_no_bookmarks() {
            assertThat(DocxParts.part(RENDERER.render(oneAddresseeIssued()), "word/document.xml"))
                    .doesNotContain("w:bookmarkStart");
        }

        @Test
        void a_fully_pending_date_bookmarks_day_month_and_year() {
            byte[] pending = RENDERER.render(SampleDocuments.congVanLaiChau().toBuilder()
                    .date(IssueDate.pending()).build());
            assertThat(DocxParts.part(pending, "word/document.xml")).contains("w:name=\"vanban_day\"",
                    "w:name=\"vanban_month\"", "w:name=\"vanban_year\"");
        }

        @Test
        void every_text_part_is_in_unicode_normalisation_form_C() {
            for (AdministrativeDocument doc : documents().values()) {
                byte[] bytes = RENDERER.render(doc);
                for (String part : List.of("word/document.xml", "word/styles.xml", "docProps/core.xml")) {
                    assertThat(java.text.Normalizer.isNormalized(DocxParts.part(bytes, part),
                            java.text.Normalizer.Form.NFC)).as(part).isTrue();
                }
            }
        }

        @Test
        void the_properties_give_subject_authority_and_the_clock_instant() {
            String core = DocxParts.part(docx, "docProps/core.xml");
            assertThat(core).contains(
                    "<dc:title>tổ chức các hoạt động hưởng ứng Ngày Đổi mới sáng tạo thế giới năm 2023</dc:title>",
                    "<dc:creator>SỞ KHOA HỌC VÀ CÔNG NGHỆ</dc:creator>",
                    ">2023-04-17T02:30:00Z</dcterms:created>");
        }

        @Test
        void page_1_has_an_explicit_empty_header_and_later_pages_a_centred_page_number() {
            String document = DocxParts.part(docx, "word/document.xml");
            assertThat(document).contains("<w:titlePg/>", "w:type=\"first\"", "w:type=\"default\"");
            assertThat(DocxParts.part(docx, "word/header1.xml")).doesNotContain("PAGE");
            assertThat(DocxParts.part(docx, "word/header2.xml")).contains("PAGE");
        }

        @Test
        void a_landscape_profile_turns_the_page_and_widens_the_tables() {
            DocxRenderer landscape = DocxRenderer.builder().clock(CLOCK)
                    .profile(PageProfile.builder().landscape(true).build()).build();
            String document = DocxParts.part(landscape.render(SampleDocuments.congVanLaiChau()), "word/document.xml");
            assertThat(document).contains("<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>",
                    "<w:tblW w:w=\"14287\" w:type=\"dxa\"/>");
        }

        @Test
        void the_styles_take_their_sizes_and_spacing_from_the_profile() {
            DocxRenderer small = DocxRenderer.builder().clock(CLOCK).profile(PageProfile.builder().bodySize(13)
                    .lineSpacing(1.5f).paragraphSpacingPt(12).firstLineIndentMm(12.7).build()).build();
            String styles = DocxParts.pretty(DocxParts.part(small.render(SampleDocuments.congVanLaiChau()),
                    "word/styles.xml"));
            String body = styles.substring(styles.indexOf("w:styleId=\"VBBody\""));
            body = body.substring(0, body.indexOf("</w:style>"));
            assertThat(body).contains("<w:spacing w:after=\"240\" w:before=\"0\" w:line=\"360\" w:lineRule=\"auto\"/>",
                    "<w:ind w:firstLine=\"720\"/>", "<w:jc w:val=\"both\"/>", "<w:sz w:val=\"26\"/>");
        }

        @Test
        void a_file_of_appendices_only_has_no_header_body_signer_or_contact_footer_and_leaves_number_and_date_blank() {
            byte[] appendices = RENDERER.render(ConformanceDocuments.keHoachAppendicesOnly());
            String document = DocxParts.part(appendices, "word/document.xml");
            assertThat(document).doesNotContain(AdministrativeDocument.NATIONAL_TITLE, "Số: ", "Nơi nhận",
                    "Lê Thị Bình", "w:bookmarkStart", "Thực hiện chỉ đạo")
                    .contains(">(Kèm theo Kế hoạch số " + DocumentNumber.BLANK + "/KH-SNV ngày " + IssueDate.BLANK
                            + " tháng " + IssueDate.BLANK + " năm " + IssueDate.BLANK + " của SỞ NỘI VỤ)</w:t>",
                            ">Phụ lục I</w:t>", ">Phụ lục II</w:t>");
            assertThat(document.split("<w:pgNumType w:fmt=\"decimal\" w:start=\"1\"/>", -1)).hasSize(3);
            assertThat(DocxParts.part(appendices, "word/_rels/document.xml.rels")).contains("footer1.xml")
                    .doesNotContain("footer2.xml");
        }

        @Test
        void a_file_of_appendices_only_without_appendices_is_refused() {
            AdministrativeDocument empty = ConformanceDocuments.keHoachAppendicesOnly().toBuilder()
                    .appendices(List.of()).build();
            assertThatThrownBy(() -> RENDERER.render(empty)).isInstanceOf(RenderException.class)
                    .hasMessage("appendicesOnly is set but there are no appendices: a file that carries only the "
                            + "appendices of a document (phụ lục, form 2.2) needs at least one");
        }

        @Test
        void the_page_is_A4_with_the_profile_margins_in_twips() {
            assertThat(DocxParts.part(docx, "word/document.xml")).contains(
                    "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>",
                    "w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\"");
        }
    }

    @Nested
    class golden_files {
        @Test
        void document_and_styles_match_the_reviewed_goldens() throws IOException {
            for (Map.Entry<String, AdministrativeDocument> e : documents().entrySet()) {
                byte[] docx = RENDERER.render(e.getValue());
                Golden.assertMatches("DocxRendererTest", e.getKey() + ".document.xml",
                        DocxParts.pretty(DocxParts.part(docx, "word/document.xml")));
                Golden.assertMatches("DocxRendererTest", e.getKey() + ".styles.xml",
                        DocxParts.pretty(DocxParts.part(docx, "word/styles.xml")));
            }
        }

        @Test
        void rendering_twice_gives_the_same_parts() {
            byte[] a = RENDERER.render(SampleDocuments.congVanLaiChau());
            byte[] b = RENDERER.render(SampleDocuments.congVanLaiChau());
            for (String part : List.of("word/document.xml", "word/styles.xml", "docProps/core.xml",
                    "word/header2.xml", "word/_rels/document.xml.rels")) {
                assertThat(DocxParts.part(a, part)).as(part).isEqualTo(DocxParts.part(b, part));
            }
        }
    }

    @Nested
    class when_used_from_several_threads {
        @Test
        void concurrent_renders_give_identical_documents() throws Exception {
            String expected = DocxParts.part(RENDERER.render(ConformanceDocuments.quyetDinh()), "word/document.xml");
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<String>> results = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    results.add(pool.submit(() -> DocxParts.part(
                            RENDERER.render(ConformanceDocuments.quyetDinh()), "word/document.xml")));
                }
                for (Future<String> f : results) {
                    assertThat(f.get()).isEqualTo(expected);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Nested
    class when_given_streams_and_bad_input {
        @Test
        void warming_up_renders_its_own_document_and_leaves_renderers_usable() {
            DocxRenderer.warmUp();
            assertThat(DocxParts.part(RENDERER.render(SampleDocuments.congVanLaiChau()), "word/document.xml"))
                    .contains("Trần Văn Tuấn");
        }

        @Test
        void it_leaves_the_callers_stream_open() {
            class Tracking extends ByteArrayOutputStream {
                boolean closed;

                @Override
                public void close() {
                    closed = true;
                }
            }
            Tracking out = new Tracking();
            RENDERER.render(SampleDocuments.congVanLaiChau(), out);
            assertThat(out.closed).isFalse();
            assertThat(out.toByteArray()).startsWith('P', 'K');
        }

        @Test
        void it_writes_a_file(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("letter.docx");
            RENDERER.render(SampleDocuments.congVanLaiChau(), file);
            assertThat(DocxParts.part(Files.readAllBytes(file), "word/document.xml")).contains("Trần Văn Tuấn");
        }

        @Test
        void a_failing_stream_surfaces_as_an_unchecked_io_exception() {
            OutputStream broken = new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    throw new IOException("disk full");
                }
            };
            assertThatThrownBy(() -> RENDERER.render(SampleDocuments.congVanLaiChau(), broken))
                    .isInstanceOf(java.io.UncheckedIOException.class)
                    .hasMessage("cannot write the DOCX of \"tổ chức các hoạt động hưởng ứng Ngày Đổi mới sáng tạo thế "
                            + "giới năm 2023\"")
                    .hasRootCauseMessage("disk full");
        }

        @Test
        void a_null_document_is_rejected_by_name() {
            assertThatThrownBy(() -> RENDERER.render((AdministrativeDocument) null))
                    .isInstanceOf(NullPointerException.class).hasMessage("document");
        }

        @Test
        void a_character_missing_from_the_font_names_the_component() {
            AdministrativeDocument doc = SampleDocuments.congVanLaiChau().toBuilder()
                    .issuingAuthority("SỞ 漢").build();
            assertThatThrownBy(() -> RENDERER.render(doc))
                    .isInstanceOf(RenderException.class)
                    .hasMessage("issuingAuthority: character U+6F22 '漢' at index 3 of \"SỞ 漢\" is not in the font");
        }
    }

}
