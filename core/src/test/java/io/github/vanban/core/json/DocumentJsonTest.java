// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.json;

import io.github.vanban.core.testing.CallerStreams;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.vanban.core.VanbanException;
import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.model.Appendix;
import io.github.vanban.core.model.BodyBlock;
import io.github.vanban.core.model.Confidentiality;
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
import io.github.vanban.core.model.Urgency;
import io.github.vanban.core.testing.SampleDocuments;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentJsonTest {
    private static final Path SEED = Path.of("../samples/documents/cong-van-lai-chau.json");
    private static final Path GOLDEN = Path.of("src/test/resources/golden/DocumentJson");

    /** A document that uses every field of the format. */
    static AdministrativeDocument everyField() {
        return AdministrativeDocument.builder()
                .type(DocumentType.QUYET_DINH)
                .parentAuthority("UBND TỈNH LAI CHÂU")
                .issuingAuthority("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU")
                .issuingBodyName("Ủy ban nhân dân tỉnh Lai Châu")
                .number(DocumentNumber.of(5, "QĐ-UBND"))
                .place("Lai Châu")
                .date(IssueDate.of(LocalDate.of(2023, 3, 5)))
                .subject("Về việc ban hành Quy chế làm việc")
                .body(List.of(
                        new BodyBlock.Basis("Căn cứ Luật Tổ chức chính quyền địa phương;"),
                        new BodyBlock.Centered("QUYẾT ĐỊNH:", true),
                        new BodyBlock.Centered("(dòng thường)", false),
                        new BodyBlock.Heading(HeadingLevel.CHUONG, "I", "Quy định chung"),
                        new BodyBlock.Article("1", Optional.of("Phạm vi điều chỉnh"), Optional.empty()),
                        new BodyBlock.Article("2", Optional.empty(), Optional.of("Quyết định có hiệu lực từ ngày ký.")),
                        new BodyBlock.Table(List.of(List.of("STT", "Nội dung"), List.of("1", "Phụ lục I")), 1),
                        new BodyBlock.Paragraph("Các cơ quan chịu trách nhiệm thi hành./.")))
                .signer(new SignatureBlock(
                        List.of(new Delegation(SigningCapacity.TM, "ỦY BAN NHÂN DÂN"),
                                new Delegation(SigningCapacity.KT, "CHỦ TỊCH")),
                        Optional.of("PHÓ CHỦ TỊCH"), List.of("TRƯỞNG BAN CHỈ ĐẠO"), "Trần Văn Tuấn"))
                .distribution(new Distribution(
                        List.of(new DistributionEntry.Recipient("Như Điều 3"),
                                new DistributionEntry.Group(List.of("Bộ Nội vụ", "TT Tỉnh ủy"), "(B/c)")),
                        Optional.of(new FileCopy(List.of("VT", "HC"), OptionalInt.of(2))),
                        Optional.of(new DrafterCode("PL", 300))))
                .urgency(Urgency.THUONG_KHAN)
                .confidentiality(Confidentiality.MAT)
                .circulationNote("XEM XONG TRẢ LẠI")
                .contact(List.of("Số 1, đường Trần Hưng Đạo", "ĐT: 0213 3876 543"))
                .appendices(List.of(new Appendix(Optional.of("I"), Optional.of("DANH SÁCH"),
                        List.of(new BodyBlock.Paragraph("Nội dung phụ lục.")))))
                .copy(new CopyCertification(CopyForm.SAO_Y, Optional.of("UBND TỈNH LAI CHÂU"), "VĂN PHÒNG UBND TỈNH",
                        DocumentNumber.of(7, "SY-VP"), "Lai Châu", IssueDate.dayPending(YearMonth.of(2023, 3)),
                        SignatureBlock.of(SigningCapacity.TL, "CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Phạm Thị Hoa"),
                        new Distribution(List.of(new DistributionEntry.Recipient("Sở Nội vụ")),
                                Optional.of(new FileCopy(List.of("VT"), OptionalInt.empty())), Optional.empty())))
                .build();
    }

    private static ParseProblem problem(String pointer, int line, int column, String message) {
        return new ParseProblem(pointer, line, column, message);
    }

    private static List<ParseProblem> problemsOf(String json) {
        return catchThrowableOfType(DocumentParseException.class, () -> DocumentJson.read(json)).problems();
    }

    /** The smallest document the reader accepts, for tests to break one field at a time. */
    private static String minimal(String extraFields) {
        return "{\"type\": \"CONG_VAN\", \"signer\": {\"fullName\": \"A\"}" + extraFields + "}";
    }

    @Nested
    class with_the_seed_letter {
        @Test
        void reads_the_same_document_as_the_builder_fixture() {
            assertThat(DocumentJson.read(SEED)).isEqualTo(SampleDocuments.congVanLaiChau());
        }

        @Test
        void reads_back_what_it_wrote() {
            AdministrativeDocument letter = DocumentJson.read(SEED);

            assertThat(DocumentJson.read(DocumentJson.write(letter))).isEqualTo(letter);
        }
    }

    @Nested
    class when_writing {
        @Test
        void writes_every_field_as_the_golden_file_shows() throws IOException {
            String json = DocumentJson.write(everyField());

            Path golden = GOLDEN.resolve("every-field.json");
            if (Boolean.getBoolean("golden.update")) {
                Files.writeString(golden, json, StandardCharsets.UTF_8);
            }
            assertThat(json).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        }

        @Test
        void loses_nothing_on_a_round_trip_through_every_field() {
            AdministrativeDocument document = everyField();

            assertThat(DocumentJson.read(DocumentJson.write(document))).isEqualTo(document);
        }

        @Test
        void writes_and_reads_back_a_co_signer() {
            AdministrativeDocument minutes = everyField().toBuilder().type(DocumentType.BIEN_BAN)
                    .coSigner(SignatureBlock.head("THƯ KÝ", "Nguyễn Thị Hoa")).build();
            String json = DocumentJson.write(minutes);

            assertThat(json).contains("\"coSigner\"");
            assertThat(DocumentJson.read(json)).isEqualTo(minutes);
        }

        @Test
        void writes_and_reads_back_the_corner_signature_and_leaves_it_out_when_off() {
            AdministrativeDocument copy = everyField().toBuilder().cornerSignature(true).build();
            String json = DocumentJson.write(copy);

            assertThat(json).contains("\"cornerSignature\": true");
            assertThat(DocumentJson.read(json)).isEqualTo(copy);
            assertThat(DocumentJson.write(everyField())).doesNotContain("cornerSignature");
        }

        @Test
        void writes_and_reads_back_a_file_of_appendices_only_and_leaves_the_flag_out_when_off() {
            AdministrativeDocument appendices = everyField().toBuilder().appendicesOnly(true).build();
            String json = DocumentJson.write(appendices);

            assertThat(json).contains("\"cornerSignature\": true", "\"appendicesOnly\": true");
            assertThat(DocumentJson.read(json)).isEqualTo(appendices);
            assertThat(DocumentJson.write(everyField())).doesNotContain("appendicesOnly");
        }

        @Test
        void writes_and_reads_back_an_issued_document() {
            AdministrativeDocument decision = everyField().toBuilder().appendices(List.of(Appendix.issuedDocument(
                    DocumentType.QUY_CHE, "Làm việc của Ủy ban", List.of(new BodyBlock.Paragraph("Nội dung."))))).build();
            String json = DocumentJson.write(decision);

            assertThat(json).contains("\"type\": \"QUY_CHE\"");
            assertThat(DocumentJson.read(json)).isEqualTo(decision);
        }

        @Test
        void leaves_out_what_is_assigned_at_issuance() {
            String json = DocumentJson.write(SampleDocuments.congVanLaiChau().toBuilder()
                    .date(IssueDate.pending()).build());

            assertThat(json).doesNotContain("\"number\"").doesNotContain("\"date\"").contains("\"symbol\": \"SKHCN-VP\"");
        }
    }

    @Nested
    class when_reading_valid_input {
        @Test
        void reads_the_three_forms_of_date() {
            assertThat(DocumentJson.read(minimal(", \"date\": \"2023-04-17\"")).date())
                    .isEqualTo(IssueDate.of(LocalDate.of(2023, 4, 17)));
            assertThat(DocumentJson.read(minimal(", \"date\": \"2023-04\"")).date())
                    .isEqualTo(IssueDate.dayPending(YearMonth.of(2023, 4)));
            assertThat(DocumentJson.read(minimal("")).date()).isEqualTo(IssueDate.pending());
        }

        @Test
        void reads_an_absent_number_as_assigned_at_issuance() {
            assertThat(DocumentJson.read(minimal(", \"symbol\": \"UBND-VX\"")).number())
                    .isEqualTo(DocumentNumber.unassigned("UBND-VX"));
            assertThat(DocumentJson.read(minimal(", \"number\": 12, \"symbol\": \"UBND-VX\"")).number().line())
                    .isEqualTo("Số: 12/UBND-VX");
        }

        @Test
        void strips_the_hyphens_and_punctuation_authors_type_into_items() {
            AdministrativeDocument document = DocumentJson.read(minimal(
                    ", \"recipients\": [\"- Bộ Nội vụ;\", \"- Bộ Tài chính.\"],"
                            + " \"distribution\": [\"- Như trên;\", {\"group\": [\"- Bộ KH&CN;\"], \"note\": \"(B/c)\"},"
                            + " \"- Lưu: VT, HC (2).\"]"));

            assertThat(document.addressees().names()).containsExactly("Bộ Nội vụ", "Bộ Tài chính");
            assertThat(document.distribution().lines()).extracting(Distribution.Line::text)
                    .containsExactly("- Như trên;", "- Bộ KH&CN;", "- Lưu: VT, HC (2).");
        }

        @Test
        void reads_the_luu_line_with_copies_and_the_drafter_code() {
            Distribution distribution = DocumentJson.read(minimal(
                    ", \"distribution\": [\"Lưu: VT, HC (2)\"], \"drafter\": \"PL\", \"copiesIssued\": 300"))
                    .distribution();

            assertThat(distribution.fileCopy()).contains(new FileCopy(List.of("VT", "HC"), OptionalInt.of(2)));
            assertThat(distribution.drafter()).contains(new DrafterCode("PL", 300));
        }

        @Test
        void reads_stacked_delegations_and_other_positions() {
            SignatureBlock signer = DocumentJson.read("{\"type\": \"CONG_VAN\", \"signer\": {\"delegations\": ["
                    + "{\"capacity\": \"TM\", \"authority\": \"ỦY BAN NHÂN DÂN\"},"
                    + " {\"capacity\": \"KT\", \"authority\": \"CHỦ TỊCH\"}],"
                    + " \"position\": \"PHÓ CHỦ TỊCH\", \"otherPositions\": [\"TRƯỞNG BAN\"], \"fullName\": \"A\"}}")
                    .signer();

            assertThat(signer.titleLines()).containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
            assertThat(signer.nameLines()).containsExactly("TRƯỞNG BAN", "A");
        }

        @Test
        void reads_every_kind_of_body_block() {
            List<BodyBlock> body = DocumentJson.read(minimal(", \"body\": ["
                    + "{\"basis\": \"Căn cứ Luật;\"}, {\"heading\": \"CHUONG\", \"number\": \"I\", \"title\": \"T\"},"
                    + " {\"article\": \"1\", \"title\": \"Phạm vi\"}, {\"article\": \"2\", \"text\": \"Nội dung.\"},"
                    + " {\"centered\": \"QUYẾT ĐỊNH:\", \"bold\": true}, {\"table\": [[\"a\", \"b\"]], \"headerRows\": 1},"
                    + " \"Đoạn văn.\"]")).body();

            assertThat(body).containsExactly(
                    new BodyBlock.Basis("Căn cứ Luật;"),
                    new BodyBlock.Heading(HeadingLevel.CHUONG, "I", "T"),
                    new BodyBlock.Article("1", Optional.of("Phạm vi"), Optional.empty()),
                    new BodyBlock.Article("2", Optional.empty(), Optional.of("Nội dung.")),
                    new BodyBlock.Centered("QUYẾT ĐỊNH:", true),
                    new BodyBlock.Table(List.of(List.of("a", "b")), 1),
                    new BodyBlock.Paragraph("Đoạn văn."));
        }

        @Test
        void accepts_article_and_heading_numbers_written_as_numbers() {
            List<BodyBlock> body = DocumentJson.read(minimal(", \"body\": [{\"heading\": \"MUC\", \"number\": 2,"
                    + " \"title\": \"T\"}, {\"article\": 3, \"text\": \"Nội dung.\"}]")).body();

            assertThat(body).containsExactly(new BodyBlock.Heading(HeadingLevel.MUC, "2", "T"),
                    new BodyBlock.Article("3", Optional.empty(), Optional.of("Nội dung.")));
        }

        @Test
        void normalises_decomposed_text_to_nfc() {
            String nfd = Normalizer.normalize("SỞ KHOA HỌC VÀ CÔNG NGHỆ", Normalizer.Form.NFD);

            assertThat(DocumentJson.read(minimal(", \"issuingAuthority\": \"" + nfd + "\"")).issuingAuthority())
                    .isEqualTo("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
        }

        @Test
        void reads_the_issuing_body_name_for_running_text_and_leaves_it_absent_when_missing() {
            AdministrativeDocument named = DocumentJson.read(minimal(", \"issuingBodyName\": \"Sở Khoa học và Công"
                    + " nghệ tỉnh Lai Châu\""));

            assertThat(named.issuingBodyName()).contains("Sở Khoa học và Công nghệ tỉnh Lai Châu");
            assertThat(DocumentJson.write(named)).contains("\"issuingBodyName\": \"Sở Khoa học và Công nghệ tỉnh Lai Châu\"");
            AdministrativeDocument unnamed = DocumentJson.read(minimal(""));
            assertThat(unnamed.issuingBodyName()).isEmpty();
            assertThat(DocumentJson.write(unnamed)).doesNotContain("issuingBodyName");
        }

        @Test
        void accepts_version_1_and_null_as_absent() {
            assertThat(DocumentJson.read(minimal(", \"version\": 1, \"subject\": null")).subject()).isEmpty();
        }

        @Test
        void does_not_close_the_callers_stream() throws IOException {
            CallerStreams.Input in = new CallerStreams.Input(minimal("").getBytes(StandardCharsets.UTF_8));

            DocumentJson.read(in);

            assertThat(in.isClosed()).isFalse();
        }
    }

    @Nested
    class when_the_input_has_bad_values {
        @Test
        void reports_every_problem_at_once_with_line_column_and_pointer() {
            String json = String.join("\n",
                    "{",
                    "  \"type\": \"CV\",",
                    "  \"nummber\": 15,",
                    "  \"number\": \"15\",",
                    "  \"date\": \"17/04/2023\",",
                    "  \"urgency\": \"HỎA TỐC HẸN GIỜ\",",
                    "  \"signer\": {\"capacity\": \"KT.\", \"fullName\": 7}",
                    "}");

            assertThat(problemsOf(json)).containsExactly(
                    problem("/type", 2, 11, "unknown document type \"CV\"; expected one of NGHI_QUYET, QUYET_DINH,"
                            + " CHI_THI, QUY_CHE, QUY_DINH, THONG_CAO, THONG_BAO, HUONG_DAN, CHUONG_TRINH, KE_HOACH,"
                            + " PHUONG_AN, DE_AN, DU_AN, BAO_CAO, BIEN_BAN, TO_TRINH, HOP_DONG, CONG_VAN, CONG_DIEN,"
                            + " BAN_GHI_NHO, BAN_THOA_THUAN, GIAY_UY_QUYEN, GIAY_MOI, GIAY_GIOI_THIEU, GIAY_NGHI_PHEP,"
                            + " PHIEU_GUI, PHIEU_CHUYEN, PHIEU_BAO, THU_CONG (did you mean \"CONG_VAN\"?)"),
                    problem("/nummber", 3, 3, "unknown field \"nummber\" in the document; expected one of version,"
                            + " type, parentAuthority, issuingAuthority, issuingBodyName, number, symbol, place, date,"
                            + " subject,"
                            + " recipients, body, signer, distribution, drafter, copiesIssued, urgency,"
                            + " confidentiality, circulationNote, contact, appendices, copy, coSigner, cornerSignature,"
                            + " appendicesOnly"),
                    problem("/number", 4, 13, "expected a whole number, found a string"),
                    problem("/date", 5, 11, "expected a date \"YYYY-MM-DD\", or \"YYYY-MM\" when the day is assigned"
                            + " at issuance, found \"17/04/2023\""),
                    problem("/urgency", 6, 14, "\"HỎA TỐC HẸN GIỜ\" is not an urgency level of Decree 30/2020/NĐ-CP"
                            + " (\"HỎA TỐC HẸN GIỜ\" belongs to the repealed rules); use one of KHAN, THUONG_KHAN,"
                            + " HOA_TOC"),
                    problem("/signer/capacity", 7, 26, "unknown signing capacity \"KT.\"; expected one of TM, KT, Q,"
                            + " TL, TUQ (did you mean \"KT\"?)"),
                    problem("/signer/fullName", 7, 45, "expected a string, found a number"));
        }

        @Test
        void says_which_file_and_lists_the_problems_in_its_message() {
            DocumentParseException e = catchThrowableOfType(DocumentParseException.class,
                    () -> DocumentJson.read(minimal(", \"place\": 1, \"subject\": true")));

            assertThat(e).isInstanceOf(VanbanException.class);
            assertThat(e.source()).isEqualTo("<string>");
            assertThat(e).hasMessage("Cannot read document <string>: 2 problems\n"
                    + "  line 1, column 60, /place: expected a string, found a number\n"
                    + "  line 1, column 74, /subject: expected a string, found a boolean");
        }

        @Test
        void keeps_its_problems_when_serialized() throws Exception {
            DocumentParseException e = catchThrowableOfType(DocumentParseException.class,
                    () -> DocumentJson.read(minimal(", \"place\": 1")));
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
                out.writeObject(e);
            }
            try (java.io.ObjectInputStream in =
                    new java.io.ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                DocumentParseException copy = (DocumentParseException) in.readObject();

                assertThat(copy.problems()).isEqualTo(e.problems());
                assertThat(copy.source()).isEqualTo("<string>");
            }
        }

        @Test
        void refuses_an_appendix_number_on_an_issued_document() {
            assertThat(problemsOf(minimal(", \"appendices\": [{\"type\": \"QUY_CHE\", \"number\": \"I\"}]")))
                    .extracting(ParseProblem::pointer, ParseProblem::message)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("/appendices/0/number",
                            "an issued document (\"type\") has no appendix number"));
        }

        @Test
        void requires_the_type_and_the_signer() {
            assertThat(problemsOf("{\n  \"place\": \"Hà Nội\"\n}")).containsExactly(
                    problem("/type", 1, 1, "missing required field \"type\": the document type, e.g. \"CONG_VAN\""),
                    problem("/signer", 1, 1, "missing required field \"signer\": the signer block"));
        }

        @Test
        void rejects_capacity_and_delegations_together() {
            assertThat(problemsOf("{\"type\": \"CONG_VAN\", \"signer\": {\"capacity\": \"KT\", \"authority\": \"GĐ\","
                    + " \"delegations\": [], \"fullName\": \"A\"}}")).containsExactly(
                    problem("/signer/delegations", 1, 85,
                            "give either \"capacity\" and \"authority\" or \"delegations\", not both"));
        }

        @Test
        void rejects_an_authority_without_a_capacity() {
            assertThat(problemsOf("{\"type\": \"CONG_VAN\", \"signer\": {\"authority\": \"GIÁM ĐỐC\"}}"))
                    .containsExactly(problem("/signer/authority", 1, 46, "\"authority\" needs a \"capacity\" (TM, KT,"
                            + " Q, TL or TUQ); a head signing in their own name gives only \"position\""));
        }

        @Test
        void rejects_a_drafter_without_the_number_of_copies() {
            assertThat(problemsOf(minimal(", \"drafter\": \"PL\""))).containsExactly(problem("/copiesIssued", 1, 1,
                    "\"drafter\" needs \"copiesIssued\", the number of copies issued (ô 12)"));
        }

        @Test
        void rejects_a_luu_line_that_is_not_last() {
            assertThat(problemsOf(minimal(", \"distribution\": [\"Lưu: VT\", \"Như trên\"]"))).containsExactly(
                    problem("/distribution/0", 1, 68, "the \"Lưu:\" line must be the last item of \"distribution\""));
        }

        @Test
        void rejects_ragged_tables_and_ambiguous_blocks() {
            assertThat(problemsOf(minimal(", \"body\": [{\"table\": [[\"a\", \"b\"], [\"c\"]]},"
                    + " {\"basis\": \"x\", \"centered\": \"y\"}, {\"heading\": \"CHUONG\"}, 5]"))).containsExactly(
                    problem("/body/0/table/1", 1, 83,
                            "this row has 1 cells, the first row has 2; give every row the same number of cells"),
                    problem("/body/1", 1, 92,
                            "a body block object has exactly one of basis, heading, article, centered, table; found"
                                    + " basis and centered"),
                    problem("/body/2/number", 1, 125, "missing required field \"number\": the heading's number, e.g."
                            + " \"I\""),
                    problem("/body/3", 1, 148, "expected a paragraph string or a block object, found a number"));
        }

        @Test
        void rejects_a_duplicate_field() {
            assertThat(problemsOf(minimal(", \"place\": \"A\", \"place\": \"B\""))).containsExactly(
                    problem("/place", 1, 65, "duplicate field \"place\"; give each field once"));
        }

        @Test
        void rejects_another_format_version() {
            assertThat(problemsOf(minimal(", \"version\": 2"))).containsExactly(
                    problem("/version", 1, 62, "unsupported format version 2; this library reads version 1"));
        }
    }

    @Nested
    class when_the_json_is_malformed {
        @Test
        void stops_at_the_first_syntax_error_with_its_line_and_column() {
            DocumentParseException e = catchThrowableOfType(DocumentParseException.class,
                    () -> DocumentJson.read("{\n  \"type\": \"CONG_VAN\",\n  \"place\" \"Hà Nội\"\n}"));

            assertThat(e.problems()).hasSize(1);
            ParseProblem problem = e.problems().get(0);
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.column()).isEqualTo(11);
            assertThat(problem.message()).startsWith("malformed JSON: Unexpected character ('\"'");
            assertThat(e.getMessage()).startsWith("Cannot read document <string>: line 3, column 11: malformed JSON: ");
        }

        @Test
        void rejects_an_empty_input() {
            assertThat(problemsOf("  ")).containsExactly(problem("", 1, 1, "the input is empty; expected a JSON object"));
        }

        @Test
        void rejects_content_after_the_document() {
            assertThat(problemsOf(minimal("") + " {}")).containsExactly(problem("", 1, 51,
                    "malformed JSON: unexpected content after the document's closing bracket"));
        }

        @Test
        void counts_columns_in_characters_after_vietnamese_text() {
            assertThat(problemsOf("{\"place\": \"Điện Biên Phủ\", \"x\": 1}"))
                    .extracting(ParseProblem::pointer, ParseProblem::column)
                    .contains(org.assertj.core.groups.Tuple.tuple("/x", 28));
        }

        @Test
        void rejects_invalid_utf_8() {
            byte[] latin1 = "{\"place\": \"Hà Nội\"}".getBytes(StandardCharsets.ISO_8859_1);

            DocumentParseException e = catchThrowableOfType(DocumentParseException.class,
                    () -> DocumentJson.read(new ByteArrayInputStream(latin1), "latin1.json"));

            assertThat(e.problems()).extracting(ParseProblem::message)
                    .containsExactly("the input is not valid UTF-8 near this position");
        }

        @Test
        void skips_a_byte_order_mark() {
            byte[] json = ("\uFEFF" + minimal("")).getBytes(StandardCharsets.UTF_8);

            assertThat(DocumentJson.read(new ByteArrayInputStream(json)).type()).isEqualTo(DocumentType.CONG_VAN);
        }

        @Test
        void rejects_an_array_at_the_top() {
            assertThat(problemsOf("[]")).containsExactly(
                    problem("", 1, 1, "expected a JSON object holding the document, found an array"));
        }
    }

    @Nested
    class when_reading_a_file {
        @Test
        void names_the_file_in_the_message(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("broken.json");
            Files.writeString(file, "{\"type\": 1}");

            assertThatThrownBy(() -> DocumentJson.read(file))
                    .isInstanceOf(DocumentParseException.class)
                    .hasMessageStartingWith("Cannot read document " + file + ": 2 problems\n");
        }

        @Test
        void reports_a_missing_file_as_an_io_failure(@TempDir Path dir) {
            Path file = dir.resolve("missing.json");

            assertThatThrownBy(() -> DocumentJson.read(file))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessage("Cannot read document " + file)
                    .hasCauseInstanceOf(NoSuchFileException.class);
        }
    }
}
