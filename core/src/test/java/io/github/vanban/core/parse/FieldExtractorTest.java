// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.parse;

import static io.github.vanban.core.parse.DocumentReaderTest.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.core.model.Delegation;
import io.github.vanban.core.model.Distribution;
import io.github.vanban.core.model.DistributionEntry;
import io.github.vanban.core.model.DocumentNumber;
import io.github.vanban.core.model.DocumentType;
import io.github.vanban.core.model.DrafterCode;
import io.github.vanban.core.model.FileCopy;
import io.github.vanban.core.model.IssueDate;
import io.github.vanban.core.model.SignatureBlock;
import io.github.vanban.core.model.SigningCapacity;
import io.github.vanban.core.model.Urgency;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The scanner on hand-made text: each tolerated variation of real letters, one at a time. */
class FieldExtractorTest {
    private static final String HEADER = String.join("\n",
            "UBND TỈNH HÀ GIANG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "SỞ NỘI VỤ                     Độc lập - Tự do - Hạnh phúc",
            "Số: 21/SNV-VP               Hà Giang, ngày 12 tháng 6 năm 2024",
            "V/v báo cáo công tác văn thư năm 2024",
            "",
            "",
            "Kính gửi: Các phòng chuyên môn.",
            "");

    private static final String FOOTER = String.join("\n",
            "",
            "Nơi nhận:                        KT. GIÁM ĐỐC",
            "- Như trên;                      PHÓ GIÁM ĐỐC",
            "- Lưu: VT, VP.",
            "",
            "                                 Lý Văn Sùng");

    private final FieldExtractor extractor = new FieldExtractor();

    private IncomingDocument read(String text) {
        return extractor.extract("text/plain", text, TextStatus.EXTRACTED, false);
    }

    private IncomingDocument letter(String header, String body) {
        return read(header + "\n" + body + "\n" + FOOTER);
    }

    @Nested
    class Normalising_text {
        @Test
        void turns_decomposed_text_into_nfc_and_the_spans_point_into_the_normalised_text() {
            IncomingDocument d = read(Normalizer.normalize(HEADER + FOOTER, Normalizer.Form.NFD));

            assertThat(d.text()).isEqualTo(Normalizer.normalize(d.text(), Normalizer.Form.NFC));
            assertThat(value(d.issuingAuthority(), "issuingAuthority")).isEqualTo("SỞ NỘI VỤ");
            assertThat(d.issuingAuthority().get().span().of(d.text())).isEqualTo("SỞ NỘI VỤ");
            assertThat(d.place().get().span().of(d.text())).isEqualTo("Hà Giang");
        }

        @Test
        void reads_non_breaking_spaces_soft_hyphens_and_windows_line_ends_as_plain_text() {
            String text = (HEADER + FOOTER).replace("Số: 21", "Số:\u00A021").replace("ngày 12", "ngày\u202F12")
                    .replace("văn thư", "văn\u00ADthư").replace("\n", "\r\n");

            IncomingDocument d = read(text);

            assertThat(d.text()).doesNotContain("\r", "\u00A0", "\u202F", "\u00AD");
            assertThat(value(d.number(), "number").number()).isEqualTo(DocumentNumber.of(21, "SNV-VP"));
            assertThat(value(d.date(), "date")).isEqualTo(IssueDate.of(LocalDate.of(2024, 6, 12)));
            assertThat(value(d.subject(), "subject")).isEqualTo("báo cáo công tác vănthư năm 2024");
        }

        @Test
        void joins_a_line_broken_after_a_hyphen_without_a_space() {
            assertThat(FieldExtractor.joinLines(List.of("Công văn số 1062/BKHCN-", "ƯDPTCN ngày 14/4/2023")))
                    .isEqualTo("Công văn số 1062/BKHCN-ƯDPTCN ngày 14/4/2023");
            assertThat(FieldExtractor.joinLines(List.of("kinh tế -", "xã hội")))
                    .isEqualTo("kinh tế - xã hội");
        }
    }

    @Nested
    class The_header {
        @Test
        void accepts_both_spellings_of_cong_hoa() {
            IncomingDocument d = read(HEADER.replace("CỘNG HÒA", "CỘNG HOÀ") + FOOTER);

            assertThat(value(d.parentAuthority(), "parentAuthority")).isEqualTo("UBND TỈNH HÀ GIANG");
            assertThat(value(d.issuingAuthority(), "issuingAuthority")).isEqualTo("SỞ NỘI VỤ");
        }

        @Test
        void reads_a_body_name_wrapped_over_two_lines_as_one_body() {
            String header = String.join("\n",
                    "BỘ KHOA HỌC VÀ CÔNG NGHỆ",
                    "CỤC ỨNG DỤNG VÀ PHÁT TRIỂN",
                    "CÔNG NGHỆ",
                    "Số: 40/UDPTCN-VP",
                    "Hà Nội, ngày 03 tháng 7 năm 2024",
                    "V/v hướng dẫn đổi mới sáng tạo");

            IncomingDocument d = letter(header, "");

            assertThat(value(d.parentAuthority(), "parentAuthority")).isEqualTo("BỘ KHOA HỌC VÀ CÔNG NGHỆ");
            assertThat(value(d.issuingAuthority(), "issuingAuthority")).isEqualTo("CỤC ỨNG DỤNG VÀ PHÁT TRIỂN CÔNG NGHỆ");
            assertThat(d.notes()).isEmpty();
        }

        @Test
        void keeps_the_last_two_of_three_bodies_and_says_so() {
            String header = String.join("\n", "BỘ TÀI CHÍNH", "TỔNG CỤC THUẾ", "CỤC THUẾ TỈNH ĐIỆN BIÊN",
                    "Số: 11/CT-TTHT", "Điện Biên, ngày 03 tháng 7 năm 2024", "V/v chính sách thuế");

            IncomingDocument d = letter(header, "");

            assertThat(value(d.parentAuthority(), "parentAuthority")).isEqualTo("TỔNG CỤC THUẾ");
            assertThat(value(d.issuingAuthority(), "issuingAuthority")).isEqualTo("CỤC THUẾ TỈNH ĐIỆN BIÊN");
            assertThat(d.notes()).containsExactly(
                    "the header names 3 bodies; the last two were read as parent and issuing body",
                    "the symbol \"CT-TTHT\" is read as a công văn's, opening with a body's code, although \"CT\" is"
                            + " also the code of Chỉ thị");
            assertThat(value(d.number(), "number").typeCode()).isEmpty();
            assertThat(value(d.type(), "type")).isEqualTo(DocumentType.CONG_VAN);
        }
    }

    @Nested
    class Number_and_symbol {
        @Test
        void reads_dots_for_a_number_still_to_be_assigned() {
            IncomingDocument d = read(HEADER.replace("Số: 21/SNV-VP", "Số: ......./SNV-VP") + FOOTER);

            assertThat(value(d.number(), "number").number()).isEqualTo(DocumentNumber.unassigned("SNV-VP"));
        }

        @Test
        void reads_a_number_without_a_space_after_the_colon() {
            IncomingDocument d = read(HEADER.replace("Số: 21/SNV-VP", "Số:21/SNV-VP") + FOOTER);

            assertThat(value(d.number(), "number").number()).isEqualTo(DocumentNumber.of(21, "SNV-VP"));
        }

        @Test
        void reports_a_year_in_the_number_as_the_legal_normative_pattern() {
            IncomingDocument d = read(HEADER.replace("Số: 21/SNV-VP", "Số: 12/2024/QĐ-UBND") + FOOTER);

            assertThat(value(d.number(), "number").number()).isEqualTo(DocumentNumber.of(12, "QĐ-UBND"));
            assertThat(d.number().get().confidence()).isEqualTo(0.8);
            assertThat(d.notes()).contains("the number \"Số: 12/2024/QĐ-UBND\" has a year, the pattern of legal"
                    + " normative documents, not of Decree 30 administrative documents");
        }

        @Test
        void recognises_an_appendix_iii_code_in_the_wrong_case_as_legacy() {
            String header = String.join("\n", "SỞ NỘI VỤ", "Số: 21/TTR-SNV", "Hà Giang, ngày 12 tháng 6 năm 2024",
                    "TỜ TRÌNH", "Đề nghị phê duyệt biên chế năm 2025");

            IncomingDocument d = letter(header, "");

            assertThat(value(d.number(), "number").typeCode())
                    .contains(new TypeCode("TTR", DocumentType.TO_TRINH, true));
            assertThat(value(d.type(), "type")).isEqualTo(DocumentType.TO_TRINH);
            assertThat(d.notes()).containsExactly("symbol \"TTR-SNV\" opens with \"TTR\", which Appendix III of"
                    + " Decree 30 writes \"TTr\"; read as Tờ trình");
        }

        @Test
        void leaves_the_type_code_empty_when_the_symbol_opens_with_a_body() {
            IncomingDocument d = read(HEADER + FOOTER);

            NumberSymbol number = value(d.number(), "number");
            assertThat(number.typeCode()).isEmpty();
            assertThat(number.authorityCode()).isEqualTo("SNV-VP");
        }
    }

    @Nested
    class Place_and_date {
        @Test
        void tolerates_a_zero_padded_month() {
            IncomingDocument d = read(HEADER.replace("tháng 6", "tháng 06") + FOOTER);

            assertThat(value(d.date(), "date")).isEqualTo(IssueDate.of(LocalDate.of(2024, 6, 12)));
        }

        @Test
        void reads_a_blank_day_as_pending_and_a_blank_month_as_wholly_pending() {
            IncomingDocument dayBlank = read(HEADER.replace("ngày 12", "ngày    ") + FOOTER);
            IncomingDocument allBlank = read(HEADER.replace("ngày 12 tháng 6 năm 2024", "ngày     tháng     năm") + FOOTER);

            assertThat(value(dayBlank.date(), "date")).isEqualTo(IssueDate.dayPending(YearMonth.of(2024, 6)));
            assertThat(value(allBlank.date(), "date")).isEqualTo(IssueDate.pending());
            assertThat(allBlank.date().get().confidence()).isEqualTo(0.6);
        }

        @Test
        void reports_an_impossible_date_instead_of_inventing_one() {
            IncomingDocument d = read(HEADER.replace("ngày 12 tháng 6", "ngày 31 tháng 2") + FOOTER);

            assertThat(d.date()).isEmpty();
            assertThat(d.notFound()).contains(FieldName.DATE);
            assertThat(d.notes()).singleElement().asString().startsWith("the date \"Hà Giang, ngày 31 tháng 2 năm 2024\"");
        }

        @Test
        void reads_a_date_written_with_digits_only_and_says_it_is_not_the_decree_form() {
            IncomingDocument d = read(HEADER.replace("ngày 12 tháng 6 năm 2024", "ngày 12/6/2024") + FOOTER);

            assertThat(value(d.date(), "date")).isEqualTo(IssueDate.of(LocalDate.of(2024, 6, 12)));
            assertThat(d.date().get().confidence()).isEqualTo(0.8);
            assertThat(value(d.place(), "place")).isEqualTo("Hà Giang");
            assertThat(d.notes()).containsExactly("the date \"Hà Giang, ngày 12/6/2024\" is written with digits only,"
                    + " not as Decree 30 writes it (\"ngày … tháng … năm …\")");
        }

        @Test
        void reads_place_names_with_lower_case_words_and_abbreviations() {
            IncomingDocument full = read(HEADER.replace("Hà Giang, ngày", "Thành phố Hồ Chí Minh, ngày") + FOOTER);
            IncomingDocument shortened = read(HEADER.replace("Hà Giang, ngày", "TP. Hồ Chí Minh, ngày") + FOOTER);

            assertThat(value(full.place(), "place")).isEqualTo("Thành phố Hồ Chí Minh");
            assertThat(value(shortened.place(), "place")).isEqualTo("TP. Hồ Chí Minh");
        }

        @Test
        void ignores_dates_in_the_body_that_have_no_place_before_them() {
            String header = String.join("\n", "SỞ NỘI VỤ", "Số: 21/SNV-VP", "V/v báo cáo");

            IncomingDocument d = letter(header, "Thực hiện Kế hoạch ngày 12 tháng 6 năm 2024 của UBND tỉnh./.");

            assertThat(d.date()).isEmpty();
            assertThat(d.place()).isEmpty();
        }
    }

    @Nested
    class Type_and_subject {
        @Test
        void reports_a_type_name_that_contradicts_the_symbol() {
            String header = String.join("\n", "SỞ NỘI VỤ", "Số: 21/TB-SNV", "Hà Giang, ngày 12 tháng 6 năm 2024",
                    "", "QUYẾT ĐỊNH", "Về việc khen thưởng", "", "", "Căn cứ Luật Thi đua, khen thưởng;");

            IncomingDocument d = letter(header, "");

            assertThat(value(d.type(), "type")).isEqualTo(DocumentType.QUYET_DINH);
            assertThat(d.type().get().confidence()).isEqualTo(0.6);
            assertThat(value(d.subject(), "subject")).isEqualTo("Về việc khen thưởng");
            assertThat(d.notes()).contains("the type name says Quyết định but the symbol's code \"TB\" stands for Thông báo");
        }

        @Test
        void falls_back_to_the_symbol_when_there_is_no_type_line_or_v_v() {
            String header = String.join("\n", "SỞ NỘI VỤ", "Số: 21/KH-SNV", "Hà Giang, ngày 12 tháng 6 năm 2024");

            IncomingDocument d = letter(header, "");

            assertThat(value(d.type(), "type")).isEqualTo(DocumentType.KE_HOACH);
            assertThat(d.type().get().confidence()).isEqualTo(0.7);
            assertThat(d.type().get().span().of(d.text())).isEqualTo("KH");
            assertThat(d.subject()).isEmpty();
        }

        @Test
        void continues_a_subject_on_a_line_that_begins_like_a_sentence_in_lower_case() {
            IncomingDocument d = read(HEADER.replace("V/v báo cáo công tác văn thư năm 2024",
                    "V/v triển khai\nthực hiện Nghị quyết số 15/NQ-HĐND") + FOOTER);

            assertThat(value(d.subject(), "subject")).isEqualTo("triển khai thực hiện Nghị quyết số 15/NQ-HĐND");
        }

        @Test
        void ends_a_subject_at_a_body_paragraph_given_as_one_long_line() {
            String paragraph = "Đoàn kiểm tra của Sở Nội vụ đã kiểm tra công tác văn thư, lưu trữ tại các cơ quan, đơn vị"
                    + " trên địa bàn tỉnh từ ngày 10 đến ngày 20 tháng 5 năm 2024.";
            String header = String.join("\n", "SỞ NỘI VỤ", "Số: 30/TB-SNV", "Hà Giang, ngày 12 tháng 6 năm 2024",
                    "THÔNG BÁO", "Kết quả kiểm tra công tác văn thư", paragraph);

            IncomingDocument d = letter(header, "");

            assertThat(value(d.subject(), "subject")).isEqualTo("Kết quả kiểm tra công tác văn thư");
        }

        @Test
        void reads_a_v_v_followed_by_a_colon() {
            IncomingDocument d = read(HEADER.replace("V/v báo cáo", "V/v: báo cáo") + FOOTER);

            assertThat(value(d.subject(), "subject")).isEqualTo("báo cáo công tác văn thư năm 2024");
        }

        @Test
        void ends_a_subject_at_the_body_name_that_opens_a_decision() {
            String header = String.join("\n", "ỦY BAN NHÂN DÂN", "TỈNH HÀ GIANG", "Số: 21/QĐ-UBND",
                    "Hà Giang, ngày 12 tháng 6 năm 2024", "QUYẾT ĐỊNH", "Về việc phê duyệt danh sách",
                    "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG", "Căn cứ Luật Tổ chức chính quyền địa phương;");

            IncomingDocument d = letter(header, "");

            assertThat(value(d.subject(), "subject")).isEqualTo("Về việc phê duyệt danh sách");
            assertThat(value(d.issuingAuthority(), "issuingAuthority")).isEqualTo("ỦY BAN NHÂN DÂN TỈNH HÀ GIANG");
        }

        @Test
        void does_not_take_a_body_sentence_ending_in_a_colon_for_a_subject() {
            String header = String.join("\n", "BỘ NỘI VỤ", "Số: 07/GM-BNV", "Hà Nội, ngày 09 tháng 01 năm 2025", "GIẤY MỜI",
                    "Bộ Nội vụ trân trọng kính mời:");

            IncomingDocument d = letter(header, "- Đại diện lãnh đạo Văn phòng các bộ.");

            assertThat(value(d.type(), "type")).isEqualTo(DocumentType.GIAY_MOI);
            assertThat(d.subject()).isEmpty();
            assertThat(d.notFound()).containsExactly(FieldName.SUBJECT);
        }
    }

    @Nested
    class Recipients_and_distribution {
        @Test
        void joins_a_kinh_gui_item_wrapped_over_two_lines() {
            String header = HEADER.replace("Kính gửi: Các phòng chuyên môn.", String.join("\n", "Kính gửi:",
                    "- Ủy ban nhân dân các xã, phường, thị trấn thuộc",
                    "huyện Mường Tè;", "- Các phòng chuyên môn."));

            IncomingDocument d = read(header + FOOTER);

            assertThat(value(d.recipients(), "recipients"))
                    .containsExactly("Ủy ban nhân dân các xã, phường, thị trấn thuộc huyện Mường Tè", "Các phòng chuyên môn");
        }

        @Test
        void reads_a_drafter_code_on_the_line_after_the_file_copy_and_a_note_on_one_line() {
            String footer = String.join("\n", "", "Nơi nhận:", "- Như trên;", "- Sở Tài chính;    (để p/h)",
                    "- Lưu: VT, VP (3).", "PL.(300)", "", "GIÁM ĐỐC", "", "", "Lý Văn Sùng");

            IncomingDocument d = read(HEADER + footer);

            assertThat(value(d.distribution(), "distribution")).isEqualTo(new Distribution(
                    List.of(new DistributionEntry.Recipient("Như trên"),
                            new DistributionEntry.Group(List.of("Sở Tài chính"), "(để p/h)")),
                    Optional.of(new FileCopy(List.of("VT", "VP"), OptionalInt.of(3))),
                    Optional.of(new DrafterCode("PL", 300))));
            assertThat(value(d.signer(), "signer")).isEqualTo(SignatureBlock.head("GIÁM ĐỐC", "Lý Văn Sùng"));
        }

        @Test
        void takes_a_note_on_its_own_line_for_the_names_after_nhu_and_reads_on_to_the_file_copy() {
            // The PDF renderer's layout of a group of three: the note beside the brace, on its own line.
            String footer = String.join("\n", "", "Nơi nhận:", "- Như Điều 3;", "- Bộ Thông tin và Truyền thông;",
                    "- TT Tỉnh ủy;", "- TT HĐND tỉnh;", "", "(để b/c)", "", "- Chủ tịch, các PCT UBND tỉnh;",
                    "- Lưu: VT, KGVX (2). NA.(15)", "", "GIÁM ĐỐC", "", "", "Lý Văn Sùng");

            IncomingDocument d = read(HEADER + footer);

            assertThat(value(d.distribution(), "distribution")).isEqualTo(new Distribution(
                    List.of(new DistributionEntry.Recipient("Như Điều 3"),
                            new DistributionEntry.Group(
                                    List.of("Bộ Thông tin và Truyền thông", "TT Tỉnh ủy", "TT HĐND tỉnh"), "(để b/c)"),
                            new DistributionEntry.Recipient("Chủ tịch, các PCT UBND tỉnh")),
                    Optional.of(new FileCopy(List.of("VT", "KGVX"), OptionalInt.of(2))),
                    Optional.of(new DrafterCode("NA", 15))));
            assertThat(d.distribution().orElseThrow().span().of(d.text())).startsWith("Nơi nhận:").endsWith("NA.(15)");
            assertThat(value(d.signer(), "signer")).isEqualTo(SignatureBlock.head("GIÁM ĐỐC", "Lý Văn Sùng"));
        }

        @Test
        void takes_a_note_beside_the_last_of_three_names_for_all_three() {
            // The DOCX renderer's layout: the note after the group's last name.
            String footer = String.join("\n", "", "Nơi nhận:", "- Sở Nội vụ;", "", "- Sở Tài chính;", "",
                    " - Kho bạc Nhà nước tỉnh; (để p/h)", "", "- Lưu: VT.", "", "GIÁM ĐỐC", "", "", "Lý Văn Sùng");

            IncomingDocument d = read(HEADER + footer);

            assertThat(value(d.distribution(), "distribution").entries()).containsExactly(new DistributionEntry.Group(
                    List.of("Sở Nội vụ", "Sở Tài chính", "Kho bạc Nhà nước tỉnh"), "(để p/h)"));
        }

        @Test
        void starts_a_group_after_the_previous_one() {
            String footer = String.join("\n", "", "Nơi nhận:", "- Như trên;", "- Bộ Nội vụ;", "- UBND tỉnh; (B/c)",
                    "- Sở Tài chính;", "- Sở Xây dựng;", "- Sở Công Thương;", "", "(để p/h)", "", "- Lưu: VT.", "",
                    "GIÁM ĐỐC", "", "", "Lý Văn Sùng");

            IncomingDocument d = read(HEADER + footer);

            assertThat(value(d.distribution(), "distribution").entries()).containsExactly(
                    new DistributionEntry.Recipient("Như trên"),
                    new DistributionEntry.Group(List.of("Bộ Nội vụ", "UBND tỉnh"), "(B/c)"),
                    new DistributionEntry.Group(List.of("Sở Tài chính", "Sở Xây dựng", "Sở Công Thương"), "(để p/h)"));
            assertThat(value(d.distribution(), "distribution").fileCopy())
                    .contains(new FileCopy(List.of("VT"), OptionalInt.empty()));
        }

        @Test
        void lists_missing_kinh_gui_only_for_a_cong_van() {
            IncomingDocument congVan = read(HEADER.replace("Kính gửi: Các phòng chuyên môn.", "") + FOOTER);

            assertThat(congVan.notFound()).containsExactly(FieldName.RECIPIENTS);
        }
    }

    @Nested
    class Marks {
        @Test
        void reads_the_legacy_timed_level_as_hoa_toc_and_says_so() {
            IncomingDocument d = read(HEADER.replace("V/v báo cáo", "HỎA TỐC HẸN GIỜ\nV/v báo cáo") + FOOTER);

            assertThat(value(d.urgency(), "urgency")).isEqualTo(Urgency.HOA_TOC);
            assertThat(d.urgency().get().confidence()).isEqualTo(0.7);
            assertThat(d.notes()).containsExactly(
                    "urgency \"HỎA TỐC HẸN GIỜ\" is a legacy level, not one of Decree 30's three; read as HỎA TỐC");
        }

        @Test
        void does_not_take_a_word_of_an_upper_case_subject_for_a_mark() {
            IncomingDocument d = read(HEADER.replace("V/v báo cáo công tác văn thư năm 2024", "V/V XỬ LÝ KHẨN CẤP SỰ CỐ MẬT")
                    + FOOTER);

            assertThat(d.urgency()).isEmpty();
            assertThat(d.confidentiality()).isEmpty();
            assertThat(value(d.subject(), "subject")).isEqualTo("XỬ LÝ KHẨN CẤP SỰ CỐ MẬT");
        }
    }

    @Nested
    class Signer {
        @Test
        void reads_a_stacked_tl_and_kt_signer_interleaved_with_the_distribution() {
            String footer = String.join("\n", "", "Nơi nhận:                    TL. BỘ TRƯỞNG",
                    "- Như trên;                 KT. VỤ TRƯỞNG VỤ PHÁP CHẾ", "- Lưu: VT, PC.               PHÓ VỤ TRƯỞNG",
                    "", "", "                             Đinh Thị Ngọc Hân");

            IncomingDocument d = read(HEADER + footer);

            SignatureBlock signer = value(d.signer(), "signer");
            assertThat(signer.delegations()).extracting(x -> x.capacity(), x -> x.authority()).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(SigningCapacity.TL, "BỘ TRƯỞNG"),
                    org.assertj.core.groups.Tuple.tuple(SigningCapacity.KT, "VỤ TRƯỞNG VỤ PHÁP CHẾ"));
            assertThat(signer.position()).contains("PHÓ VỤ TRƯỞNG");
            assertThat(signer.fullName()).isEqualTo("Đinh Thị Ngọc Hân");
            assertThat(value(d.distribution(), "distribution").fileCopy())
                    .contains(new FileCopy(List.of("VT", "PC"), OptionalInt.empty()));
        }

        @Test
        void reads_a_signer_printed_above_noi_nhan_as_a_pdf_may_give_it_in_reading_order() {
            String footer = String.join("\n", "", "Trân trọng./.", "", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "",
                    "Trần Văn Tuấn", "", "Nơi nhận:", "- Như trên;", "- Lưu: VT, VP.", "", "", "2", "Phụ lục I",
                    "DANH MỤC VĂN BẢN MẪU", "Chương I");

            IncomingDocument d = read(HEADER + footer);

            assertThat(value(d.signer(), "signer")).isEqualTo(
                    SignatureBlock.of(SigningCapacity.KT, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Văn Tuấn"));
            assertThat(d.signer().orElseThrow().span().of(d.text())).startsWith("KT. GIÁM ĐỐC").endsWith("Trần Văn Tuấn");
            assertThat(value(d.distribution(), "distribution").fileCopy())
                    .contains(new FileCopy(List.of("VT", "VP"), OptionalInt.empty()));
        }

        @Test
        void does_not_take_a_name_ending_the_body_above_noi_nhan_for_a_signer_without_titles_over_it() {
            String footer = String.join("\n", "", "Người liên hệ: đồng chí", "", "Lý Văn Sùng", "", "Nơi nhận:",
                    "- Như trên;", "- Lưu: VT.", "", "GIÁM ĐỐC", "", "", "Trần Văn Tuấn");

            IncomingDocument d = read(HEADER + footer);

            assertThat(value(d.signer(), "signer")).isEqualTo(SignatureBlock.head("GIÁM ĐỐC", "Trần Văn Tuấn"));
        }

        @Test
        void reads_columns_joined_by_single_spaces_as_pdftotext_raw_gives_them() {
            String footer = String.join("\n", "", "Nơi nhận: TM. ỦY BAN NHÂN DÂN", "- Như Điều 3; KT. CHỦ TỊCH",
                    "- Thường trực Tỉnh ủy;", "- Lưu: VT, KGVX (2). PHÓ CHỦ TỊCH", "", "Hoàng Thị Mai Anh");

            IncomingDocument d = read(HEADER + footer);

            assertThat(value(d.signer(), "signer")).isEqualTo(new SignatureBlock(
                    List.of(new Delegation(SigningCapacity.TM, "ỦY BAN NHÂN DÂN"), new Delegation(SigningCapacity.KT, "CHỦ TỊCH")),
                    Optional.of("PHÓ CHỦ TỊCH"), List.of(), "Hoàng Thị Mai Anh"));
            assertThat(value(d.distribution(), "distribution")).isEqualTo(new Distribution(
                    List.of(new DistributionEntry.Recipient("Như Điều 3"), new DistributionEntry.Recipient("Thường trực Tỉnh ủy")),
                    Optional.of(new FileCopy(List.of("VT", "KGVX"), OptionalInt.of(2))), Optional.empty()));
        }

        @Test
        void is_not_found_without_a_name() {
            IncomingDocument d = read(HEADER + "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n");

            assertThat(d.signer()).isEmpty();
            assertThat(d.notFound()).containsExactly(FieldName.SIGNER);
        }
    }

    @Nested
    class Legacy_fonts {
        @Test
        void says_when_the_text_is_in_a_tcvn3_font_instead_of_unicode() {
            IncomingDocument d = read("UBND TØNH LAI CH¢U\nCéng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc\n"
                    + "Sè: 15/UBND-VP\nV/v tæ chøc c¸c ho¹t ®éng");

            assertThat(d.notes()).containsExactly("the text looks like a legacy 8-bit Vietnamese encoding (TCVN3 or VNI"
                    + " fonts), not Unicode; convert the document to Unicode and read it again");
        }

        @Test
        void does_not_mistake_unicode_vietnamese_for_a_legacy_font() {
            assertThat(FieldExtractor.looksLikeLegacyEncoding(HEADER + FOOTER)).isFalse();
        }
    }

    @Nested
    class Empty_results {
        @Test
        void a_document_without_text_lists_every_mandatory_component() {
            IncomingDocument d = extractor.extract("application/pdf", "", TextStatus.NO_TEXT_LAYER, false);

            assertThat(d.notFound()).containsExactly(FieldName.TYPE, FieldName.ISSUING_AUTHORITY, FieldName.NUMBER,
                    FieldName.PLACE, FieldName.DATE, FieldName.SUBJECT, FieldName.SIGNER, FieldName.DISTRIBUTION);
        }
    }
}
