// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanban.core.testing.SampleDocuments;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AdministrativeDocumentTest {

    private static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    @Nested
    class with_the_seed_letter {
        private final AdministrativeDocument letter = SampleDocuments.congVanLaiChau();

        @Test
        void prints_the_subject_after_v_v() {
            assertThat(letter.subjectLine())
                    .contains("V/v tổ chức các hoạt động hưởng ứng Ngày Đổi mới sáng tạo thế giới năm 2023");
        }

        @Test
        void prints_the_place_and_date_with_the_day_left_blank() {
            assertThat(letter.placeAndDateLine()).isEqualTo("Lai Châu, ngày          tháng 4 năm 2023");
        }

        @Test
        void keeps_an_end_mark_the_author_typed() {
            List<BodyBlock> body = letter.bodyWithEndMark();

            assertThat(body).isEqualTo(letter.body());
            assertThat(((BodyBlock.Paragraph) body.get(body.size() - 1)).text()).endsWith("triển khai thực hiện./.");
        }
    }

    @Nested
    class with_a_typed_document {
        @Test
        void prints_the_subject_without_v_v() {
            AdministrativeDocument decision = SampleDocuments.congVanLaiChau().toBuilder()
                    .type(DocumentType.QUYET_DINH).subject("Về việc thành lập Tổ công tác").build();

            assertThat(decision.subjectLine()).contains("Về việc thành lập Tổ công tác");
        }
    }

    @Nested
    class when_the_body_lacks_the_end_mark {
        @Test
        void appends_it_to_the_last_paragraph_replacing_its_full_stop() {
            AdministrativeDocument document = SampleDocuments.congVanLaiChau().toBuilder()
                    .body(List.of(new BodyBlock.Paragraph("Đề nghị các đơn vị thực hiện."))).build();

            assertThat(document.bodyWithEndMark())
                    .containsExactly(new BodyBlock.Paragraph("Đề nghị các đơn vị thực hiện./."));
        }

        @Test
        void appends_it_to_the_text_of_a_closing_article() {
            AdministrativeDocument document = SampleDocuments.congVanLaiChau().toBuilder()
                    .body(List.of(new BodyBlock.Article("3", java.util.Optional.empty(),
                            java.util.Optional.of("Quyết định có hiệu lực kể từ ngày ký.")))).build();

            assertThat(document.bodyWithEndMark()).containsExactly(new BodyBlock.Article("3",
                    java.util.Optional.empty(), java.util.Optional.of("Quyết định có hiệu lực kể từ ngày ký./.")));
        }

        @Test
        void leaves_a_closing_article_with_only_a_title_alone() {
            BodyBlock.Article article = new BodyBlock.Article("3", java.util.Optional.of("Hiệu lực thi hành"),
                    java.util.Optional.empty());
            AdministrativeDocument document =
                    SampleDocuments.congVanLaiChau().toBuilder().body(List.of(article)).build();

            assertThat(document.bodyWithEndMark()).containsExactly(article);
        }

        @Test
        void leaves_a_final_table_alone() {
            BodyBlock.Table table = new BodyBlock.Table(List.of(List.of("STT", "Nội dung")), 1);
            AdministrativeDocument document =
                    SampleDocuments.congVanLaiChau().toBuilder().body(List.of(table)).build();

            assertThat(document.bodyWithEndMark()).containsExactly(table);
        }
    }

    @Nested
    class with_a_co_signer {
        @Test
        void keeps_it_through_to_builder() {
            SignatureBlock secretary = SignatureBlock.head("THƯ KÝ", "Nguyễn Thị Hoa");
            AdministrativeDocument minutes = SampleDocuments.congVanLaiChau().toBuilder()
                    .type(DocumentType.BIEN_BAN).coSigner(secretary).build();

            assertThat(minutes.coSigner()).contains(secretary);
            assertThat(minutes.toBuilder().build()).isEqualTo(minutes);
        }

        @Test
        void has_none_unless_set() {
            assertThat(SampleDocuments.congVanLaiChau().coSigner()).isEmpty();
        }
    }

    @Nested
    class as_a_file_of_appendices_only {
        private final AdministrativeDocument plan = SampleDocuments.congVanLaiChau().toBuilder()
                .type(DocumentType.KE_HOACH)
                .number(DocumentNumber.of(12, "KH-SKHCN"))
                .date(IssueDate.of(LocalDate.of(2024, 4, 2)))
                .issuingAuthority("Sở Khoa học và Công nghệ")
                .build();

        @Test
        void implies_the_corner_signature_and_keeps_both_through_to_builder() {
            AdministrativeDocument file = plan.toBuilder().appendicesOnly(true).build();

            assertThat(file.appendicesOnly()).isTrue();
            assertThat(file.cornerSignature()).isTrue();
            assertThat(file.toBuilder().build()).isEqualTo(file);
            assertThat(plan.appendicesOnly()).isFalse();
        }

        @Test
        void leaves_number_and_date_blank_in_the_reference_line_but_names_type_symbol_and_body() {
            assertThat(plan.toBuilder().appendicesOnly(true).build().appendixReference()).isEqualTo(
                    "(Kèm theo Kế hoạch số " + DocumentNumber.BLANK + "/KH-SKHCN ngày " + IssueDate.BLANK + " tháng "
                            + IssueDate.BLANK + " năm " + IssueDate.BLANK + " của Sở Khoa học và Công nghệ)");
        }

        @Test
        void fills_the_reference_line_of_appendices_printed_with_their_document() {
            assertThat(plan.appendixReference())
                    .isEqualTo("(Kèm theo Kế hoạch số 12/KH-SKHCN ngày 02 tháng 4 năm 2024 của Sở Khoa học và Công nghệ)");
            assertThat(plan.toBuilder().type(DocumentType.CONG_VAN).build().appendixReference())
                    .startsWith("(Kèm theo Công văn số 12/KH-SKHCN");
        }
    }

    @Nested
    class naming_the_issuing_body_in_running_text {
        private final AdministrativeDocument plan = SampleDocuments.congVanLaiChau().toBuilder()
                .type(DocumentType.KE_HOACH)
                .number(DocumentNumber.of(12, "KH-SKHCN"))
                .date(IssueDate.of(LocalDate.of(2024, 4, 2)))
                .issuingAuthority("SỞ KHOA HỌC VÀ CÔNG NGHỆ")
                .build();

        @Test
        void uses_the_running_text_name_in_the_reference_line_and_keeps_the_header_in_capitals() {
            AdministrativeDocument named = plan.toBuilder()
                    .issuingBodyName("Sở Khoa học và Công nghệ tỉnh Lai Châu").build();

            assertThat(named.appendixReference()).isEqualTo("(Kèm theo Kế hoạch số 12/KH-SKHCN ngày 02 tháng 4 năm"
                    + " 2024 của Sở Khoa học và Công nghệ tỉnh Lai Châu)");
            assertThat(named.issuingAuthority()).isEqualTo("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
            assertThat(named.toBuilder().build()).isEqualTo(named);
        }

        @Test
        void falls_back_to_the_header_text_when_no_name_is_given() {
            assertThat(plan.issuingBodyName()).isEmpty();
            assertThat(plan.issuingBodyInText()).isEqualTo("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
            assertThat(plan.appendixReference()).endsWith(" của SỞ KHOA HỌC VÀ CÔNG NGHỆ)");
        }

        @Test
        void treats_an_empty_name_as_absent_and_normalises_to_nfc() {
            assertThat(plan.toBuilder().issuingBodyName("").build().issuingBodyName()).isEmpty();
            assertThat(plan.toBuilder().issuingBodyName(nfd("Sở Khoa học")).build().issuingBodyName())
                    .contains("Sở Khoa học")
                    .hasValueSatisfying(s -> assertThat(Normalizer.isNormalized(s, Normalizer.Form.NFC)).isTrue());
        }
    }

    @Nested
    class with_decomposed_input {
        @Test
        void stores_every_text_in_nfc() {
            AdministrativeDocument document = SampleDocuments.congVanLaiChau().toBuilder()
                    .issuingAuthority(nfd("SỞ KHOA HỌC VÀ CÔNG NGHỆ"))
                    .place(nfd("Lai Châu"))
                    .subject(nfd("hưởng ứng Ngày Đổi mới sáng tạo"))
                    .addressees(List.of(nfd("Ủy ban nhân dân tỉnh")))
                    .body(List.of(new BodyBlock.Paragraph(nfd("Thực hiện Công văn số 1062/BKHCN-ƯDPTCN."))))
                    .signer(SignatureBlock.of(SigningCapacity.KT, nfd("GIÁM ĐỐC"), nfd("PHÓ GIÁM ĐỐC"),
                            nfd("Trần Văn Tuấn")))
                    .build();

            assertThat(document.issuingAuthority()).isEqualTo("SỞ KHOA HỌC VÀ CÔNG NGHỆ").matches(s -> Normalizer.isNormalized(s, Normalizer.Form.NFC));
            assertThat(document.place()).isEqualTo("Lai Châu");
            assertThat(document.subject()).contains("hưởng ứng Ngày Đổi mới sáng tạo");
            assertThat(document.addressees().names()).containsExactly("Ủy ban nhân dân tỉnh");
            assertThat(document.body()).containsExactly(
                    new BodyBlock.Paragraph("Thực hiện Công văn số 1062/BKHCN-ƯDPTCN."));
            assertThat(document.signer().titleLines()).containsExactly("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
            assertThat(document.signer().fullName()).isEqualTo("Trần Văn Tuấn");
        }
    }

    @Test
    void fixes_the_national_title_and_motto() {
        assertThat(AdministrativeDocument.NATIONAL_TITLE).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertThat(AdministrativeDocument.MOTTO).isEqualTo("Độc lập - Tự do - Hạnh phúc").doesNotContain("–");
    }

    @Test
    void prints_the_three_urgency_levels_with_their_box_widths() {
        assertThat(List.of(Urgency.values())).extracting(u -> u.label() + " " + u.boxWidthMm())
                .containsExactly("KHẨN 20", "THƯỢNG KHẨN 40", "HỎA TỐC 30");
    }

    @Test
    void names_the_first_missing_required_component() {
        assertThatThrownBy(() -> AdministrativeDocument.builder().type(DocumentType.CONG_VAN).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("number is required (use DocumentNumber.unassigned(symbol))");
    }
}
