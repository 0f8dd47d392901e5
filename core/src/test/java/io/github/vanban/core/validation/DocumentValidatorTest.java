// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.model.Appendix;
import io.github.vanban.core.model.BodyBlock;
import io.github.vanban.core.model.CopyCertification;
import io.github.vanban.core.model.CopyForm;
import io.github.vanban.core.model.Delegation;
import io.github.vanban.core.model.Distribution;
import io.github.vanban.core.model.DistributionEntry;
import io.github.vanban.core.model.DocumentNumber;
import io.github.vanban.core.model.DocumentType;
import io.github.vanban.core.model.DrafterCode;
import io.github.vanban.core.model.FileCopy;
import io.github.vanban.core.model.HeadingLevel;
import io.github.vanban.core.model.IssueDate;
import io.github.vanban.core.model.SignatureBlock;
import io.github.vanban.core.model.SigningCapacity;
import io.github.vanban.core.testing.SampleDocuments;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DocumentValidatorTest {
    /** 17 April 2023, 10:00 in Vietnam. */
    private static final Clock TODAY = Clock.fixed(Instant.parse("2023-04-17T03:00:00Z"), IssueDate.ZONE);

    private static final DocumentValidator VALIDATOR = DocumentValidator.create(TODAY);

    private static AdministrativeDocument letter() {
        return SampleDocuments.congVanLaiChau();
    }

    /** A decision of a People's Committee that follows every rule. */
    private static AdministrativeDocument decision() {
        return letter().toBuilder()
                .type(DocumentType.QUYET_DINH)
                .parentAuthority("")
                .issuingAuthority("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU")
                .number(DocumentNumber.of(15, "QĐ-UBND"))
                .subject("Về việc thành lập Tổ công tác hưởng ứng Ngày Đổi mới sáng tạo")
                .addressees(List.of())
                .body(List.of(
                        new BodyBlock.Basis("Căn cứ Luật Tổ chức chính quyền địa phương;"),
                        new BodyBlock.Basis("Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ."),
                        new BodyBlock.Centered("QUYẾT ĐỊNH:", true),
                        new BodyBlock.Article("1", Optional.empty(), Optional.of("Thành lập Tổ công tác.")),
                        new BodyBlock.Paragraph("Điều 2. Quyết định này có hiệu lực từ ngày ký.")))
                .signer(SignatureBlock.of(SigningCapacity.TM, "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn An"))
                .distribution(new Distribution(List.of(new DistributionEntry.Recipient("Như Điều 3")),
                        Optional.of(new FileCopy(List.of("VT", "KGVX"), OptionalInt.empty())), Optional.empty()))
                .build();
    }

    private static List<Finding> findings(AdministrativeDocument document, Rule rule) {
        return VALIDATOR.validate(document).findingsOf(rule);
    }

    private static void assertFinding(AdministrativeDocument document, Rule rule, String pointer, String message) {
        assertThat(findings(document, rule)).containsExactly(new Finding(rule, pointer, message));
    }

    private static SignatureBlock signer(List<Delegation> delegations, String position, String name) {
        return new SignatureBlock(delegations, Optional.of(position), List.of(), name);
    }

    @Nested
    class with_compliant_documents {
        @Test
        void finds_nothing_in_the_seed_letter() {
            assertThat(VALIDATOR.validate(letter()).findings()).isEmpty();
        }

        @Test
        void finds_nothing_in_a_compliant_decision() {
            assertThat(VALIDATOR.validate(decision()).findings()).isEmpty();
        }
    }

    @Nested
    class with_a_document_breaking_several_rules {
        @Test
        void reports_every_finding_at_once_in_document_order() {
            AdministrativeDocument broken = letter().toBuilder()
                    .issuingAuthority("")
                    .number(DocumentNumber.unassigned("CV-SKHCN"))
                    .place("")
                    .signer(SignatureBlock.of(SigningCapacity.KT, "", "PHÓ GIÁM ĐỐC", "TS. Trần Văn Tuấn"))
                    .build();

            ValidationReport report = VALIDATOR.validate(broken);

            assertThat(report.findings()).extracting(Finding::ruleId, Finding::pointer).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("ND30-AUTHORITY-MISSING", "/issuingAuthority"),
                    org.assertj.core.groups.Tuple.tuple("ND30-SYMBOL-LEGACY-ABBREVIATION", "/symbol"),
                    org.assertj.core.groups.Tuple.tuple("ND30-PLACE-MISSING", "/place"),
                    org.assertj.core.groups.Tuple.tuple("ND30-SIGNER-AUTHORITY-MISSING", "/signer/authority"),
                    org.assertj.core.groups.Tuple.tuple("ND30-SIGNER-ACADEMIC-TITLE", "/signer/fullName"));
            assertThat(report.hasErrors()).isTrue();
            assertThat(report.errors()).hasSize(4);
            assertThat(report.warnings()).hasSize(1);
            assertThat(report.summary()).isEqualTo("4 errors, 1 warning");
        }
    }

    @Nested
    class issuing_authority {
        @Test
        void accepts_a_named_authority() {
            assertThat(findings(letter(), Rule.AUTHORITY_MISSING)).isEmpty();
        }

        @Test
        void rejects_a_blank_authority() {
            assertFinding(letter().toBuilder().issuingAuthority("  ").build(), Rule.AUTHORITY_MISSING,
                    "/issuingAuthority",
                    "The issuing authority is blank; give its official full name, e.g. \"SỞ KHOA HỌC VÀ CÔNG NGHỆ\".");
        }
    }

    @Nested
    class place {
        @Test
        void rejects_a_blank_place() {
            assertFinding(letter().toBuilder().place("").build(), Rule.PLACE_MISSING, "/place",
                    "The place name is blank; give the administrative unit where the body has its head office,"
                            + " e.g. \"Hà Nội\".");
        }

        @Test
        void accepts_minutes_without_a_place_as_form_1_9_has_no_place_line() {
            AdministrativeDocument minutes = decision().toBuilder()
                    .type(DocumentType.BIEN_BAN).number(DocumentNumber.of(3, "BB-UBND")).place("").build();

            assertThat(findings(minutes, Rule.PLACE_MISSING)).isEmpty();
        }
    }

    @Nested
    class symbol {
        private AdministrativeDocument letterWith(String symbol) {
            return letter().toBuilder().number(DocumentNumber.unassigned(symbol)).build();
        }

        private AdministrativeDocument typed(DocumentType type, String symbol) {
            return decision().toBuilder().type(type).number(DocumentNumber.of(3, symbol)).build();
        }

        @Test
        void rejects_a_blank_symbol() {
            assertFinding(letterWith(""), Rule.SYMBOL_MISSING, "/symbol",
                    "The symbol is blank; write it as <issuing body>-<drafting unit or field>, e.g. \"UBND-VX\".");
        }

        @Test
        void rejects_spaces_inside_the_symbol() {
            assertFinding(letterWith("SKHCN - VP"), Rule.SYMBOL_SPACE, "/symbol",
                    "The symbol \"SKHCN - VP\" contains white space; the number and symbol have no space anywhere,"
                            + " write \"SKHCN-VP\".");
        }

        @Test
        void accepts_the_decrees_examples() {
            assertThat(VALIDATOR.validate(letterWith("BNV-VP")).findings()).isEmpty();
            assertThat(VALIDATOR.validate(letterWith("UBND-VX")).findings()).isEmpty();
            assertThat(VALIDATOR.validate(typed(DocumentType.QUYET_DINH, "QĐ-BNV")).findings()).isEmpty();
        }

        @Test
        void rejects_a_cong_van_symbol_with_one_group() {
            assertFinding(letterWith("SKHCN"), Rule.SYMBOL_PATTERN, "/symbol",
                    "The symbol \"SKHCN\" does not follow the pattern <issuing body>-<drafting unit or field>;"
                            + " write it like \"UBND-VX\".");
        }

        @Test
        void rejects_a_cong_van_symbol_that_starts_with_a_type_abbreviation() {
            assertFinding(letterWith("QĐ-SKHCN"), Rule.SYMBOL_PATTERN, "/symbol",
                    "The symbol \"QĐ-SKHCN\" does not follow the pattern <issuing body>-<drafting unit or field>;"
                            + " write it like \"UBND-VX\".");
        }

        @Test
        void rejects_the_year_of_legal_normative_documents() {
            assertFinding(typed(DocumentType.QUYET_DINH, "2020/QĐ-UBND"), Rule.SYMBOL_PATTERN, "/symbol",
                    "The symbol \"2020/QĐ-UBND\" does not follow the pattern <type abbreviation>-<issuing body>;"
                            + " write it like \"QĐ-UBND\".");
        }

        @Test
        void rejects_a_typed_symbol_without_the_body() {
            assertFinding(typed(DocumentType.QUYET_DINH, "QĐ-"), Rule.SYMBOL_PATTERN, "/symbol",
                    "The symbol \"QĐ-\" does not follow the pattern <type abbreviation>-<issuing body>;"
                            + " write it like \"QĐ-UBND\".");
        }

        @Test
        void rejects_cv_for_a_cong_van() {
            assertFinding(letterWith("CV-SKHCN"), Rule.SYMBOL_LEGACY_ABBREVIATION, "/symbol",
                    "The symbol \"CV-SKHCN\" starts with \"CV\", a legacy or invented code that Appendix III does not"
                            + " define; a công văn has no type abbreviation, so start the symbol with the issuing"
                            + " body's abbreviation, e.g. \"UBND-VX\".");
            assertThat(findings(letterWith("CV-SKHCN"), Rule.SYMBOL_LEGACY_ABBREVIATION).get(0).ruleId())
                    .isEqualTo("ND30-SYMBOL-LEGACY-ABBREVIATION");
        }

        @Test
        void rejects_np_for_a_leave_permit() {
            assertFinding(typed(DocumentType.GIAY_NGHI_PHEP, "NP-UBND"), Rule.SYMBOL_LEGACY_ABBREVIATION, "/symbol",
                    "The symbol \"NP-UBND\" starts with \"NP\", a legacy or invented code that Appendix III does not"
                            + " define; use \"GNP\", the Appendix III abbreviation of Giấy nghỉ phép.");
        }

        @Test
        void rejects_every_legacy_code_of_the_third_party_lists() {
            assertThat(List.of("GN-UBND", "TTh-UBND", "QCh-UBND", "DAn-UBND", "TCG-UBND"))
                    .allSatisfy(s -> assertThat(findings(typed(DocumentType.BAN_GHI_NHO, s),
                            Rule.SYMBOL_LEGACY_ABBREVIATION)).hasSize(1));
        }

        @Test
        void rejects_a_typed_symbol_with_another_types_abbreviation() {
            assertFinding(typed(DocumentType.QUYET_DINH, "KH-UBND"), Rule.SYMBOL_TYPE_MISMATCH, "/symbol",
                    "The symbol \"KH-UBND\" does not start with \"QĐ-\", the Appendix III abbreviation of Quyết định;"
                            + " write it as \"QĐ-<issuing body>\".");
        }

        @Test
        void warns_when_a_mixed_case_abbreviation_is_upper_cased() {
            assertFinding(typed(DocumentType.TO_TRINH, "TTR-UBND"), Rule.SYMBOL_ABBREVIATION_CASE, "/symbol",
                    "The symbol \"TTR-UBND\" writes the abbreviation \"TTR\"; Appendix III writes it \"TTr\","
                            + " keep that spelling.");
            assertThat(Rule.SYMBOL_ABBREVIATION_CASE.severity()).isEqualTo(Severity.WARNING);
        }

        @Test
        void rejects_a_body_abbreviation_in_lower_case() {
            assertFinding(typed(DocumentType.TO_TRINH, "TTr-Ubnd"), Rule.SYMBOL_CASE, "/symbol",
                    "The symbol \"TTr-Ubnd\" has \"Ubnd\" in lower case; body and unit abbreviations are written in"
                            + " capitals, write \"TTr-UBND\".");
            assertFinding(letterWith("SKHCN-vp"), Rule.SYMBOL_CASE, "/symbol",
                    "The symbol \"SKHCN-vp\" has \"vp\" in lower case; body and unit abbreviations are written in"
                            + " capitals, write \"SKHCN-VP\".");
        }

        @Test
        void accepts_the_official_mixed_case_spelling() {
            assertThat(VALIDATOR.validate(typed(DocumentType.TO_TRINH, "TTr-UBND")).findings()).isEmpty();
            assertThat(VALIDATOR.validate(typed(DocumentType.QUY_DINH, "QyĐ-UBND")).findings()).isEmpty();
        }
    }

    @Nested
    class subject {
        @Test
        void rejects_a_cong_van_without_a_v_v_subject() {
            assertFinding(letter().toBuilder().subject("").build(), Rule.CONG_VAN_SUBJECT_MISSING, "/subject",
                    "A công văn needs a subject, printed after \"V/v\" under the number; add \"subject\".");
        }

        @Test
        void rejects_a_typed_document_without_a_subject() {
            assertFinding(decision().toBuilder().subject("").build(), Rule.SUBJECT_MISSING, "/subject",
                    "A Quyết định needs a subject (trích yếu) on the line under its type name; add \"subject\".");
        }

        @Test
        void accepts_the_forms_that_have_no_subject() {
            AdministrativeDocument introduction = decision().toBuilder().type(DocumentType.GIAY_GIOI_THIEU)
                    .number(DocumentNumber.of(4, "GGT-UBND")).subject("").build();
            AdministrativeDocument leave = introduction.toBuilder().type(DocumentType.GIAY_NGHI_PHEP)
                    .number(DocumentNumber.of(5, "GNP-UBND")).build();

            assertThat(VALIDATOR.validate(introduction).findings()).isEmpty();
            assertThat(VALIDATOR.validate(leave).findings()).isEmpty();
        }

        @Test
        void warns_when_the_subject_repeats_v_v() {
            assertFinding(letter().toBuilder().subject("V/v tổ chức hoạt động").build(), Rule.SUBJECT_VV_PREFIX,
                    "/subject",
                    "The subject already starts with \"V/v\", which a công văn prints by itself; remove it from"
                            + " \"subject\".");
        }
    }

    @Nested
    class kinh_gui {
        @Test
        void rejects_kinh_gui_on_a_decision() {
            assertFinding(decision().toBuilder().addressees(List.of("Sở Tài chính")).build(),
                    Rule.KINH_GUI_NOT_ALLOWED, "/recipients",
                    "A Quyết định has no \"Kính gửi\" part (only công văn, tờ trình and báo cáo have one); list these"
                            + " bodies under \"Nơi nhận\" instead.");
        }

        @Test
        void accepts_kinh_gui_on_a_submission_to_a_higher_body() {
            AdministrativeDocument submission = decision().toBuilder().type(DocumentType.TO_TRINH)
                    .number(DocumentNumber.of(3, "TTr-UBND")).addressees(List.of("Bộ Nội vụ")).build();

            assertThat(VALIDATOR.validate(submission).findings()).isEmpty();
        }

        @Test
        void warns_about_a_cong_van_without_kinh_gui() {
            assertFinding(letter().toBuilder().addressees(List.of()).build(), Rule.KINH_GUI_MISSING, "/recipients",
                    "A công văn names the bodies that must act after \"Kính gửi:\"; add \"recipients\".");
            assertThat(findings(letter().toBuilder().addressees(List.of()).build(), Rule.KINH_GUI_MISSING)
                    .get(0).severity()).isEqualTo(Severity.WARNING);
        }
    }

    @Nested
    class signer {
        private AdministrativeDocument signedBy(SignatureBlock signer) {
            return letter().toBuilder().signer(signer).build();
        }

        @Test
        void rejects_kt_without_the_heads_position() {
            assertFinding(signedBy(SignatureBlock.of(SigningCapacity.KT, "", "PHÓ GIÁM ĐỐC", "Trần Văn Tuấn")),
                    Rule.SIGNER_AUTHORITY_MISSING, "/signer/authority",
                    "\"KT.\" is not followed by the head's position; give the position of the head the signer signs"
                            + " for, e.g. \"KT. GIÁM ĐỐC\".");
        }

        @Test
        void points_into_the_delegations_when_they_are_stacked() {
            SignatureBlock stacked = signer(List.of(new Delegation(SigningCapacity.TM, "ỦY BAN NHÂN DÂN"),
                    new Delegation(SigningCapacity.KT, "")), "PHÓ CHỦ TỊCH", "Trần Văn Tuấn");

            assertFinding(signedBy(stacked), Rule.SIGNER_AUTHORITY_MISSING, "/signer/delegations/1/authority",
                    "\"KT.\" is not followed by the head's position; give the position of the head the signer signs"
                            + " for, e.g. \"KT. GIÁM ĐỐC\".");
        }

        @Test
        void accepts_a_stacked_deputy_chair() {
            SignatureBlock stacked = signer(List.of(new Delegation(SigningCapacity.TM, "ỦY BAN NHÂN DÂN"),
                    new Delegation(SigningCapacity.KT, "CHỦ TỊCH")), "PHÓ CHỦ TỊCH", "Trần Văn Tuấn");

            assertThat(VALIDATOR.validate(signedBy(stacked)).findings()).isEmpty();
        }

        @Test
        void rejects_tm_without_the_collective_body() {
            assertFinding(signedBy(SignatureBlock.of(SigningCapacity.TM, "", "CHỦ TỊCH", "Lê Văn An")),
                    Rule.SIGNER_COLLECTIVE_MISSING, "/signer/authority",
                    "\"TM.\" is not followed by the collective body; give its name, e.g. \"TM. ỦY BAN NHÂN DÂN\".");
        }

        @Test
        void rejects_kt_without_the_deputys_own_position() {
            SignatureBlock block = new SignatureBlock(List.of(new Delegation(SigningCapacity.KT, "GIÁM ĐỐC")),
                    Optional.empty(), List.of(), "Trần Văn Tuấn");

            assertFinding(signedBy(block), Rule.SIGNER_POSITION_MISSING, "/signer/position",
                    "The signer block has no position line under \"KT. GIÁM ĐỐC\"; add \"position\" with the"
                            + " signer's own position, e.g. \"PHÓ GIÁM ĐỐC\".");
        }

        @Test
        void rejects_a_head_without_a_position() {
            SignatureBlock block = new SignatureBlock(List.of(), Optional.empty(), List.of(), "Trần Văn Tuấn");

            assertFinding(signedBy(block), Rule.SIGNER_POSITION_MISSING, "/signer/position",
                    "The signer block has no position line; add \"position\" with the signer's own position, e.g."
                            + " \"GIÁM ĐỐC\".");
        }

        @Test
        void accepts_an_acting_head_on_one_line() {
            SignatureBlock acting = new SignatureBlock(List.of(new Delegation(SigningCapacity.Q, "GIÁM ĐỐC")),
                    Optional.empty(), List.of(), "Trần Văn Tuấn");

            assertThat(VALIDATOR.validate(signedBy(acting)).findings()).isEmpty();
        }

        @Test
        void warns_about_a_position_line_after_q() {
            assertFinding(signedBy(SignatureBlock.of(SigningCapacity.Q, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Văn Tuấn")),
                    Rule.SIGNER_ACTING_POSITION, "/signer/position",
                    "\"Q. GIÁM ĐỐC\" already states the acting head's position; remove the extra position line"
                            + " \"PHÓ GIÁM ĐỐC\".");
        }

        @Test
        void warns_about_academic_titles_before_the_name() {
            assertFinding(signedBy(SignatureBlock.of(SigningCapacity.KT, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
                            "PGS.TS. Trần Văn Tuấn")),
                    Rule.SIGNER_ACADEMIC_TITLE, "/signer/fullName",
                    "The full name \"PGS.TS. Trần Văn Tuấn\" starts with the title \"PGS.TS.\"; no academic title,"
                            + " degree or honorary title goes before the name unless the managing ministry allows it,"
                            + " so remove it.");
        }

        @Test
        void recognises_each_common_title() {
            assertThat(List.of("TS. A", "GS. A", "ThS. A", "KS. A", "BS. A", "ts. A"))
                    .allSatisfy(name -> assertThat(findings(
                            signedBy(SignatureBlock.of(SigningCapacity.KT, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", name)),
                            Rule.SIGNER_ACADEMIC_TITLE)).hasSize(1));
        }

        @Test
        void accepts_names_that_merely_start_like_a_title() {
            assertThat(List.of("Tsan Văn A", "Bùi Sơn", "Khổng Sĩ"))
                    .allSatisfy(name -> assertThat(VALIDATOR.validate(
                            signedBy(SignatureBlock.of(SigningCapacity.KT, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", name)))
                            .findings()).isEmpty());
        }

        @Test
        void rejects_a_blank_full_name() {
            assertFinding(signedBy(SignatureBlock.of(SigningCapacity.KT, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "")),
                    Rule.SIGNER_NAME_MISSING, "/signer/fullName",
                    "The signer's full name is blank; give the family name, middle name (if any) and given name.");
        }

        @Test
        void warns_about_a_name_in_capitals() {
            assertFinding(signedBy(SignatureBlock.of(SigningCapacity.KT, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "TRẦN VĂN TUẤN")),
                    Rule.SIGNER_NAME_CASE, "/signer/fullName",
                    "The full name \"TRẦN VĂN TUẤN\" is in capitals; the name is printed in regular case, write"
                            + " \"Trần Văn Tuấn\".");
        }
    }

    @Nested
    class distribution {
        private AdministrativeDocument distributedTo(Distribution distribution) {
            return letter().toBuilder().distribution(distribution).build();
        }

        @Test
        void rejects_noi_nhan_without_the_luu_line() {
            assertFinding(distributedTo(new Distribution(List.of(new DistributionEntry.Recipient("Như trên")),
                            Optional.empty(), Optional.empty())),
                    Rule.FILE_COPY_MISSING, "/distribution",
                    "\"Nơi nhận\" has no \"Lưu\" line; end it with \"Lưu: VT, <drafting unit>\".");
        }

        @Test
        void warns_when_the_records_office_is_not_first() {
            Distribution distribution = letter().distribution();
            Distribution swapped = new Distribution(distribution.entries(),
                    Optional.of(new FileCopy(List.of("VP", "VT"), OptionalInt.empty())), Optional.empty());

            assertFinding(distributedTo(swapped), Rule.FILE_COPY_RECORDS_OFFICE, "/distribution/3",
                    "The \"Lưu\" line does not start with \"VT\" (the records office); write it as"
                            + " \"Lưu: VT, <drafting unit>\".");
        }

        @Test
        void accepts_the_decrees_own_luu_line_with_a_drafter_code() {
            Distribution distribution = new Distribution(List.of(new DistributionEntry.Recipient("Như trên")),
                    Optional.of(new FileCopy(List.of("VT", "HC"), OptionalInt.of(2))),
                    Optional.of(new DrafterCode("PL", 300)));

            assertThat(VALIDATOR.validate(distributedTo(distribution)).findings()).isEmpty();
        }

        @Test
        void warns_about_drafter_initials_in_lower_case() {
            Distribution distribution = new Distribution(List.of(),
                    Optional.of(new FileCopy(List.of("VT", "HC"), OptionalInt.of(2))),
                    Optional.of(new DrafterCode("pl", 300)));

            assertFinding(distributedTo(distribution), Rule.DRAFTER_CASE, "/drafter",
                    "The drafter's initials \"pl\" are not in capitals; write \"PL\".");
        }
    }

    @Nested
    class body {
        private AdministrativeDocument withBody(BodyBlock... blocks) {
            return decision().toBuilder().body(List.of(blocks)).build();
        }

        @Test
        void rejects_an_empty_body() {
            assertFinding(withBody(), Rule.BODY_EMPTY, "/body", "The body is empty; add the content of the document.");
        }

        @Test
        void warns_when_a_final_table_leaves_no_place_for_the_end_mark() {
            AdministrativeDocument document = withBody(new BodyBlock.Paragraph("Danh sách như sau:"),
                    new BodyBlock.Table(List.of(List.of("STT", "Họ và tên"), List.of("1", "Nguyễn Văn A")), 1));

            assertFinding(document, Rule.BODY_END_MARK, "/body/1",
                    "The body ends with a table that does not end with \"./.\", so the mark cannot be added; end the"
                            + " body with a paragraph.");
        }

        @Test
        void accepts_a_final_paragraph_without_the_mark_as_the_model_adds_it() {
            assertThat(findings(withBody(new BodyBlock.Paragraph("Đề nghị thực hiện.")), Rule.BODY_END_MARK))
                    .isEmpty();
        }

        @Test
        void accepts_a_final_article_that_ends_with_the_mark() {
            AdministrativeDocument document = withBody(new BodyBlock.Article(
                    "3", Optional.empty(), Optional.of("Các cơ quan chịu trách nhiệm thi hành./.")));

            assertThat(findings(document, Rule.BODY_END_MARK)).isEmpty();
        }

        @Test
        void warns_about_a_basis_line_without_punctuation() {
            assertFinding(withBody(new BodyBlock.Basis("Căn cứ Luật Tổ chức chính quyền địa phương"),
                            new BodyBlock.Paragraph("Nội dung.")),
                    Rule.BASIS_PUNCTUATION, "/body/0",
                    "The legal-basis line \"Căn cứ Luật Tổ chức chính quyền địa phương\" must end with \";\" (or"
                            + " \".\" for the last one); add the punctuation.");
        }

        @Test
        void rejects_a_chapter_without_a_title() {
            assertFinding(withBody(new BodyBlock.Heading(HeadingLevel.CHUONG, "I", ""),
                            new BodyBlock.Paragraph("Nội dung.")),
                    Rule.HEADING_TITLE_MISSING, "/body/0",
                    "\"Chương I\" has no title; parts, chapters, sections and articles must have titles.");
        }

        @Test
        void rejects_an_article_with_neither_title_nor_text() {
            assertFinding(withBody(new BodyBlock.Article("2", Optional.empty(), Optional.empty()),
                            new BodyBlock.Paragraph("Nội dung.")),
                    Rule.HEADING_TITLE_MISSING, "/body/0",
                    "\"Điều 2.\" has no title; parts, chapters, sections and articles must have titles.");
        }

        @Test
        void warns_about_a_chapter_numbered_in_arabic() {
            assertFinding(withBody(new BodyBlock.Heading(HeadingLevel.CHUONG, "1", "QUY ĐỊNH CHUNG"),
                            new BodyBlock.Paragraph("Nội dung.")),
                    Rule.HEADING_NUMBERING, "/body/0",
                    "\"Chương 1\" is numbered \"1\"; number it with Roman numerals, e.g. \"Chương I\".");
        }

        @Test
        void warns_about_a_section_numbered_in_roman() {
            assertFinding(withBody(new BodyBlock.Heading(HeadingLevel.MUC, "II", "PHẠM VI"),
                            new BodyBlock.Paragraph("Nội dung.")),
                    Rule.HEADING_NUMBERING, "/body/0",
                    "\"Mục II\" is numbered \"II\"; number it with Arabic numerals, e.g. \"Mục 1\".");
        }

        @Test
        void accepts_correctly_numbered_headings() {
            assertThat(VALIDATOR.validate(withBody(
                    new BodyBlock.Heading(HeadingLevel.PHAN, "IV", "QUY ĐỊNH CHUNG"),
                    new BodyBlock.Heading(HeadingLevel.CHUONG, "XII", "PHẠM VI"),
                    new BodyBlock.Heading(HeadingLevel.MUC, "2", "ĐỐI TƯỢNG"),
                    new BodyBlock.Heading(HeadingLevel.TIEU_MUC, "10", "ĐỐI TƯỢNG"),
                    new BodyBlock.Paragraph("Nội dung."))).findings()).isEmpty();
        }
    }

    @Nested
    class appendices {
        private final Appendix first = new Appendix(Optional.of("I"), Optional.of("DANH SÁCH"),
                List.of(new BodyBlock.Paragraph("…")));

        private AdministrativeDocument withAppendices(List<Appendix> appendices) {
            return decision().toBuilder().appendices(appendices).body(List.of(
                    new BodyBlock.Paragraph("Ban hành kèm theo Quyết định này các Phụ lục I và II."))).build();
        }

        @Test
        void rejects_several_appendices_without_roman_numerals() {
            Appendix second = new Appendix(Optional.of("2"), Optional.empty(), List.of());

            assertFinding(withAppendices(List.of(first, second)), Rule.APPENDIX_NUMBER, "/appendices/1/number",
                    "There are 2 appendices, so each needs a Roman numeral (Phụ lục I, II …); this one has \"2\".");
        }

        @Test
        void rejects_an_unnumbered_appendix_among_several() {
            Appendix second = new Appendix(Optional.empty(), Optional.empty(), List.of());

            assertFinding(withAppendices(List.of(first, second)), Rule.APPENDIX_NUMBER, "/appendices/1/number",
                    "There are 2 appendices, so each needs a Roman numeral (Phụ lục I, II …); this one has none.");
        }

        @Test
        void accepts_one_unnumbered_appendix_and_roman_numbered_ones() {
            Appendix unnumbered = new Appendix(Optional.empty(), Optional.empty(), List.of());
            Appendix second = new Appendix(Optional.of("II"), Optional.empty(), List.of());

            assertThat(VALIDATOR.validate(withAppendices(List.of(unnumbered))).findings()).isEmpty();
            assertThat(VALIDATOR.validate(withAppendices(List.of(first, second))).findings()).isEmpty();
        }

        @Test
        void warns_when_the_body_never_mentions_the_appendix() {
            AdministrativeDocument document = decision().toBuilder().appendices(List.of(first)).build();

            assertFinding(document, Rule.APPENDIX_NOT_REFERENCED, "/appendices",
                    "The document has appendices but the body never mentions \"phụ lục\"; refer to them in the body.");
        }

        @Test
        void reports_a_file_of_appendices_only_without_any() {
            AdministrativeDocument document = decision().toBuilder().appendicesOnly(true).build();

            assertFinding(document, Rule.APPENDICES_ONLY_EMPTY, "/appendices", "The file is marked "
                    + "\"appendicesOnly\" (the appendices of a document issued as a separate file, form 2.2) but has "
                    + "no appendix; add \"appendices\" or remove \"appendicesOnly\".");
        }

        @Test
        void accepts_a_file_of_appendices_only_without_the_main_documents_body() {
            AdministrativeDocument document = decision().toBuilder().appendices(List.of(first)).body(List.of())
                    .appendicesOnly(true).build();

            assertThat(VALIDATOR.validate(document).findings()).isEmpty();
        }

        @Test
        void still_checks_the_main_documents_body_when_a_file_of_appendices_only_gives_it() {
            AdministrativeDocument document = decision().toBuilder().appendices(List.of(first)).appendicesOnly(true)
                    .build();

            assertThat(findings(document, Rule.APPENDIX_NOT_REFERENCED)).hasSize(1);
            assertThat(findings(document.toBuilder().body(List.of()).appendicesOnly(false).build(), Rule.BODY_EMPTY))
                    .hasSize(1);
        }

        @Test
        void checks_the_body_of_each_appendix() {
            Appendix broken = new Appendix(Optional.empty(), Optional.empty(),
                    List.of(new BodyBlock.Heading(HeadingLevel.CHUONG, "I", "")));

            assertThat(findings(withAppendices(List.of(broken)), Rule.HEADING_TITLE_MISSING))
                    .extracting(Finding::pointer).containsExactly("/appendices/0/body/0");
        }
    }

    @Nested
    class date {
        @Test
        void warns_about_a_date_after_today() {
            assertFinding(letter().toBuilder().date(IssueDate.of(LocalDate.of(2023, 4, 18))).build(),
                    Rule.DATE_IN_FUTURE, "/date",
                    "The date of issue 2023-04-18 is after today (2023-04-17); check it, or leave the date for the"
                            + " records office to assign at issuance.");
        }

        @Test
        void warns_about_a_month_after_this_one() {
            assertFinding(letter().toBuilder().date(IssueDate.dayPending(YearMonth.of(2023, 5))).build(),
                    Rule.DATE_IN_FUTURE, "/date",
                    "The date of issue 2023-05 is after today (2023-04-17); check it, or leave the date for the"
                            + " records office to assign at issuance.");
        }

        @Test
        void accepts_today_this_month_and_a_pending_date() {
            assertThat(List.of(IssueDate.of(LocalDate.of(2023, 4, 17)), IssueDate.dayPending(YearMonth.of(2023, 4)),
                            IssueDate.pending()))
                    .allSatisfy(date -> assertThat(findings(letter().toBuilder().date(date).build(),
                            Rule.DATE_IN_FUTURE)).isEmpty());
        }
    }

    @Nested
    class copy {
        private CopyCertification copy(String authority, String symbol) {
            return new CopyCertification(CopyForm.SAO_Y, Optional.empty(), authority,
                    DocumentNumber.of(7, symbol), "Lai Châu", IssueDate.of(LocalDate.of(2023, 4, 17)),
                    SignatureBlock.of(SigningCapacity.TL, "GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "Phạm Thị Hoa"),
                    new Distribution(List.of(), Optional.of(new FileCopy(List.of("VT"), OptionalInt.empty())),
                            Optional.empty()));
        }

        @Test
        void accepts_a_sao_y_block() {
            AdministrativeDocument copied = letter().toBuilder().copy(copy("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "SY-VP")).build();

            assertThat(VALIDATOR.validate(copied).findings()).isEmpty();
        }

        @Test
        void rejects_a_copy_symbol_of_another_copy_form() {
            AdministrativeDocument copied = letter().toBuilder().copy(copy("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "SL-VP")).build();

            assertFinding(copied, Rule.SYMBOL_TYPE_MISMATCH, "/copy/symbol",
                    "The symbol \"SL-VP\" does not start with \"SY-\", the Appendix III abbreviation of bản sao y;"
                            + " write it as \"SY-<copying body>\".");
        }

        @Test
        void rejects_a_blank_copying_body() {
            AdministrativeDocument copied = letter().toBuilder().copy(copy("", "SY-VP")).build();

            assertFinding(copied, Rule.AUTHORITY_MISSING, "/copy/authority",
                    "The copying body is blank; give its official full name, e.g. \"SỞ KHOA HỌC VÀ CÔNG NGHỆ\".");
        }
    }
}
