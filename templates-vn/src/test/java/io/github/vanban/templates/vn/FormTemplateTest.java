// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.templates.vn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.model.Appendix;
import io.github.vanban.core.model.BodyBlock;
import io.github.vanban.core.model.CopyForm;
import io.github.vanban.core.model.DocumentNumber;
import io.github.vanban.core.model.DocumentType;
import io.github.vanban.core.model.IssueDate;
import io.github.vanban.core.model.SignatureBlock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The fixed parts each template generates, and the misuse each rejects, without rendering. */
class FormTemplateTest {
    private static final AgencyProfile AGENCY = AgencyProfile.builder()
            .parentAuthority("UBND TỈNH LAI CHÂU").issuingAuthority("SỞ NỘI VỤ").name("Sở Nội vụ").abbreviation("SNV")
            .unit("VP", "Văn phòng").place("Lai Châu").build();
    private static final SignatureBlock DIRECTOR = SignatureBlock.head("GIÁM ĐỐC", "Lò Văn Minh");
    private static final Particulars PARTICULARS = Particulars.builder(AGENCY).number(5)
            .date(IssueDate.of(LocalDate.of(2024, 3, 5))).signer(DIRECTOR).recipient("Như Điều 3").build();
    private static final List<BodyBlock> ARTICLES = StructuredBody.builder().article("Giao nhiệm vụ.").build();

    @Nested
    class a_decision {
        @Test
        void generates_the_authority_bases_proposal_and_decides_line_in_order() {
            AdministrativeDocument doc = DecisionTemplate.builder(PARTICULARS)
                    .subject("Về việc giao nhiệm vụ").authority("Giám đốc Sở Nội vụ")
                    .basis("Căn cứ Luật Cán bộ, công chức;").basis("Căn cứ Quyết định số 1/QĐ-UBND.")
                    .proposal("Theo đề nghị của Chánh Văn phòng Sở").body(ARTICLES).build().document();

            assertThat(doc.number()).isEqualTo(DocumentNumber.of(5, "QĐ-SNV"));
            assertThat(doc.body()).containsExactly(
                    new BodyBlock.Centered("GIÁM ĐỐC SỞ NỘI VỤ", true),
                    new BodyBlock.Basis("Căn cứ Luật Cán bộ, công chức;"),
                    new BodyBlock.Basis("Căn cứ Quyết định số 1/QĐ-UBND;"),
                    new BodyBlock.Basis("Theo đề nghị của Chánh Văn phòng Sở."),
                    new BodyBlock.Centered("QUYẾT ĐỊNH:", true),
                    new BodyBlock.Article("1", Optional.empty(), Optional.of("Giao nhiệm vụ.")));
            assertThat(doc.distribution().lines()).extracting(l -> l.text()).containsExactly("- Như Điều 3;",
                    "- Lưu: VT.");
        }

        @Test
        void ends_the_last_basis_with_a_full_stop_when_no_proposal_follows() {
            AdministrativeDocument doc = DecisionTemplate.builder(PARTICULARS).subject("Về việc A")
                    .authority("GIÁM ĐỐC").basis("Căn cứ Luật A;").body(ARTICLES).build().document();

            assertThat(doc.body().get(1)).isEqualTo(new BodyBlock.Basis("Căn cứ Luật A."));
        }

        @Test
        void is_form_1_3_when_it_issues_a_document() {
            DecisionTemplate t = DecisionTemplate.builder(PARTICULARS).subject("Ban hành Quy chế").authority("GIÁM ĐỐC")
                    .body(ARTICLES).issues(DocumentType.QUY_CHE, "Làm việc", ARTICLES).build();

            assertThat(t.form()).isEqualTo(Form.QUYET_DINH_BAN_HANH);
            assertThat(t.document().appendices()).containsExactly(
                    Appendix.issuedDocument(DocumentType.QUY_CHE, "Làm việc", ARTICLES));
        }

        @Test
        void names_a_missing_subject() {
            assertThatThrownBy(() -> DecisionTemplate.builder(PARTICULARS).authority("GIÁM ĐỐC").body(ARTICLES).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("subject must not be blank");
        }
    }

    @Nested
    class a_typed_document {
        @Test
        void refuses_a_type_of_another_form() {
            assertThatThrownBy(() -> new TypedDocumentTemplate(PARTICULARS, DocumentType.GIAY_MOI, Optional.empty(),
                    List.of(), ARTICLES))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("type GIAY_MOI (Giấy mời) uses form 1.7, not 1.4 with an abbreviation");
        }

        @Test
        void keeps_kinh_gui_for_a_bao_cao() {
            AdministrativeDocument doc = new TypedDocumentTemplate(PARTICULARS, DocumentType.BAO_CAO,
                    Optional.of("Kết quả"), List.of("UBND tỉnh"), ARTICLES).document();

            assertThat(doc.addressees().names()).containsExactly("UBND tỉnh");
            assertThat(doc.number().symbol()).isEqualTo("BC-SNV");
        }
    }

    @Nested
    class an_official_letter {
        @Test
        void builds_the_symbol_from_the_agency_and_unit() {
            AdministrativeDocument doc = new OfficialLetterTemplate(PARTICULARS, Optional.of("VP"), "việc A",
                    List.of("Sở Tài chính"), ARTICLES).document();

            assertThat(doc.number().symbol()).isEqualTo("SNV-VP");
            assertThat(doc.subjectLine()).contains("V/v việc A");
        }

        @Test
        void names_a_unit_the_agency_lacks() {
            assertThatThrownBy(() -> new OfficialLetterTemplate(PARTICULARS, Optional.of("KT"), "việc A",
                    List.of("Sở Tài chính"), ARTICLES))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("unit \"KT\" is not one of SNV's units [VP]");
        }
    }

    @Nested
    class the_minutes {
        private final AdministrativeDocument doc = new MinutesTemplate(PARTICULARS, "Họp giao ban", "8 giờ",
                "Phòng họp", List.of("Lãnh đạo Sở"), "Lò Văn Minh", Optional.of("Giám đốc Sở"), "Nguyễn Thị Hoa",
                List.of(new BodyBlock.Paragraph("Nội dung.")), "10 giờ").document();

        @Test
        void has_the_chair_sign_on_the_right_and_the_secretary_on_the_left() {
            assertThat(doc.signer().titleLines()).containsExactly("CHỦ TỌA");
            assertThat(doc.signer().nameLines()).containsExactly("GIÁM ĐỐC SỞ", "Lò Văn Minh");
            assertThat(doc.coSigner()).contains(SignatureBlock.head("THƯ KÝ", "Nguyễn Thị Hoa"));
        }

        @Test
        void files_a_copy_in_the_record() {
            assertThat(doc.distribution().lines()).extracting(l -> l.text()).endsWith("- Lưu: VT, Hồ sơ.");
        }
    }

    @Nested
    class a_leave_permit {
        @Test
        void refuses_a_period_that_ends_before_it_starts() {
            assertThatThrownBy(() -> new LeaveTemplate(PARTICULARS, LocalDate.of(2024, 6, 1), "A", "B",
                    LocalDate.of(2024, 7, 5), LocalDate.of(2024, 7, 1), "Hà Nội", "phép năm"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("to 2024-07-01 is before from 2024-07-05");
        }
    }

    @Nested
    class appendices {
        private final FormTemplate main = new TypedDocumentTemplate(PARTICULARS, DocumentType.KE_HOACH,
                Optional.of("Kế hoạch"), List.of(), ARTICLES);

        @Test
        void are_numbered_in_roman_only_when_there_are_several() {
            Appendix a = new Appendix(Optional.empty(), Optional.of("A"), List.of());
            Appendix b = new Appendix(Optional.empty(), Optional.of("B"), List.of());

            assertThat(new AppendixTemplate(main, List.of(a)).document().appendices()).containsExactly(a);
            assertThat(new AppendixTemplate(main, List.of(a, b)).document().appendices())
                    .extracting(Appendix::heading).containsExactly("Phụ lục I", "Phụ lục II");
        }
    }

    @Nested
    class a_separate_appendix_file {
        private final FormTemplate main = new TypedDocumentTemplate(PARTICULARS, DocumentType.KE_HOACH,
                Optional.of("Kế hoạch"), List.of(), ARTICLES);
        private final Appendix a = new Appendix(Optional.empty(), Optional.of("A"), List.of());
        private final Appendix b = new Appendix(Optional.empty(), Optional.of("B"), List.of());

        @Test
        void is_the_main_document_printing_only_its_appendices_signed_at_the_top_right() {
            SeparateAppendixTemplate file = new SeparateAppendixTemplate(main, List.of(a, b));

            assertThat(file.document()).isEqualTo(main.document().toBuilder()
                    .appendices(new AppendixTemplate(main, List.of(a, b)).numberedAppendices())
                    .appendicesOnly(true).build());
            assertThat(file.document().cornerSignature()).isTrue();
            assertThat(file.form().number()).isEqualTo("2.2");
        }

        @Test
        void keeps_the_number_the_author_gives_a_single_appendix_of_several() {
            Appendix second = new Appendix(Optional.of("II"), Optional.of("B"), List.of());

            assertThat(new SeparateAppendixTemplate(main, List.of(second)).document().appendices())
                    .extracting(Appendix::heading).containsExactly("Phụ lục II");
        }

        @Test
        void gives_the_main_documents_number_for_the_signature_line_once_it_is_assigned() {
            FormTemplate unnumbered = new TypedDocumentTemplate(Particulars.builder(AGENCY).signer(DIRECTOR).build(),
                    DocumentType.KE_HOACH, Optional.of("Kế hoạch"), List.of(), ARTICLES);

            assertThat(new SeparateAppendixTemplate(main, List.of(a)).numberAndSymbol()).contains("05/KH-SNV");
            assertThat(new SeparateAppendixTemplate(unnumbered, List.of(a)).numberAndSymbol()).isEmpty();
        }

        @Test
        void refuses_an_appendix_file_as_its_main_document() {
            SeparateAppendixTemplate file = new SeparateAppendixTemplate(main, List.of(a));

            assertThatThrownBy(() -> new SeparateAppendixTemplate(file, List.of(b)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("main must be a form 1.x template, was form 2.2");
        }
    }

    @Nested
    class a_paper_copy {
        @Test
        void numbers_the_copy_with_the_copy_form_and_copier_abbreviation() {
            Particulars copier = Particulars.builder(AGENCY.toBuilder().abbreviation("VP").build()).number(7)
                    .signer(DIRECTOR).build();
            PaperCopyTemplate copy = new PaperCopyTemplate(new OfficialLetterTemplate(PARTICULARS, Optional.empty(),
                    "việc A", List.of("Sở Tài chính"), ARTICLES), CopyForm.SAO_Y, copier);

            assertThat(copy.document().copy().orElseThrow().number().line()).isEqualTo("Số: 07/SY-VP");
        }
    }

    @Nested
    class an_electronic_copy {
        private final OfficialLetterTemplate letter = new OfficialLetterTemplate(PARTICULARS, Optional.empty(),
                "việc A", List.of("Sở Tài chính"), ARTICLES);

        @Test
        void is_the_copied_document_asking_for_the_top_right_signature() {
            ElectronicCopyTemplate copy = new ElectronicCopyTemplate(letter, CopyForm.SAO_Y, AGENCY);

            assertThat(copy.document()).isEqualTo(letter.document().toBuilder().cornerSignature(true).build());
            assertThat(letter.document().cornerSignature()).isFalse();
            assertThat(copy.form().number()).isEqualTo("3.2");
        }

        @Test
        void refuses_to_copy_a_copy() {
            ElectronicCopyTemplate copy = new ElectronicCopyTemplate(letter, CopyForm.SAO_Y, AGENCY);

            assertThatThrownBy(() -> new ElectronicCopyTemplate(copy, CopyForm.SAO_LUC, AGENCY))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("original is already a copy; a copy of a copy is SAO LỤC of it");
        }
    }

    @Test
    void asks_for_a_signer_when_neither_document_nor_profile_has_one() {
        Particulars p = Particulars.builder(AGENCY).build();
        assertThatThrownBy(p::effectiveSigner)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("signer is required: set it on the document or as the default of the agency profile of SNV");
    }
}
