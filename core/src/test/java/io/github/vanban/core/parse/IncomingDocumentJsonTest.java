// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.parse;

import io.github.vanban.core.testing.CallerStreams;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.core.model.DocumentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IncomingDocumentJsonTest {
    /** The members of a JSON format v1 document, as the project's JSON reader accepts them. */
    private static final List<String> V1_MEMBERS = List.of(
            "version", "type", "parentAuthority", "issuingAuthority", "number", "symbol", "place", "date",
            "subject", "recipients", "body", "signer", "distribution", "drafter", "copiesIssued", "urgency",
            "confidentiality", "circulationNote", "contact", "appendices", "copy");

    private final FieldExtractor extractor = new FieldExtractor();

    private static Map<String, Object> parse(String json) {
        try {
            return JsonTree.parse(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> document(Map<String, Object> output) {
        assertThat(output).containsKey("document");
        return (Map<String, Object>) output.get("document");
    }

    private IncomingDocument fixture(String name) throws IOException {
        String text = Files.readString(DocumentReaderTest.fixture(name), StandardCharsets.UTF_8);
        return extractor.extract("text/plain", text, TextStatus.EXTRACTED, false);
    }

    @Nested
    class For_a_letter_read_in_full {
        @Test
        void writes_the_seed_letter_under_the_format_v1_names() throws IOException {
            Golden.assertMatches("IncomingDocumentJson", "cong-van-lai-chau.json",
                    IncomingDocumentJson.toJson(fixture("cong-van-lai-chau.txt")));
        }

        @Test
        void agrees_with_the_projects_json_v1_sample_on_every_member_the_sample_has() throws IOException {
            Path sample = Path.of("..", "samples", "documents", "cong-van-lai-chau.json");
            Assumptions.assumeTrue(Files.isRegularFile(sample), "the samples module is not next to core: " + sample);
            Map<String, Object> expected = JsonTree.parse(Files.readString(sample, StandardCharsets.UTF_8));
            Map<String, Object> actual = JsonTree.parse(IncomingDocumentJson.toJson(fixture("cong-van-lai-chau.txt")));

            expected.remove("body"); // the reader does not split the body into blocks
            assertThat(document(actual)).containsAllEntriesOf(expected);
        }

        @Test
        void puts_only_format_v1_members_in_the_document() throws IOException {
            for (String name : List.of("cong-van-lai-chau.txt", "thong-bao-hoa-toc-nfd.txt", "cong-van-cv-muong-te.txt",
                    "giay-moi-bo-noi-vu.txt")) {
                Map<String, Object> document = document(JsonTree.parse(IncomingDocumentJson.toJson(fixture(name))));

                assertThat(V1_MEMBERS).as(name).containsAll(document.keySet());
                assertThat(document).as(name).containsEntry("version", 1L);
            }
        }

        @Test
        void writes_stacked_capacities_as_delegations_and_the_drafter_code_apart() {
            IncomingDocument d = extractor.extract("text/plain", String.join("\n", "SỞ NỘI VỤ", "Số: 21/QĐ-SNV",
                    "Hà Giang, ngày 12 tháng 6 năm 2024", "QUYẾT ĐỊNH", "Về việc khen thưởng", "", "",
                    "Căn cứ Luật Thi đua, khen thưởng;", "", "Nơi nhận:", "- Như Điều 3;", "- Lưu: VT, VP (2). PL.(30)", "",
                    "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Lý Văn Sùng"), TextStatus.EXTRACTED, false);

            Map<String, Object> document = document(parse(IncomingDocumentJson.toJson(d)));

            assertThat(document.get("signer")).isEqualTo(Map.of(
                    "delegations", List.of(Map.of("capacity", "TM", "authority", "ỦY BAN NHÂN DÂN"),
                            Map.of("capacity", "KT", "authority", "CHỦ TỊCH")),
                    "position", "PHÓ CHỦ TỊCH", "fullName", "Lý Văn Sùng"));
            assertThat(document.get("distribution")).isEqualTo(List.of("Như Điều 3", "Lưu: VT, VP (2)"));
            assertThat(document).containsEntry("drafter", "PL").containsEntry("copiesIssued", 30L);
        }

        @Test
        void writes_marks_an_upper_case_subject_and_notes() throws IOException {
            Golden.assertMatches("IncomingDocumentJson", "thong-bao-hoa-toc-nfd.json",
                    IncomingDocumentJson.toJson(fixture("thong-bao-hoa-toc-nfd.txt")));
            assertThat(parse(IncomingDocumentJson.toJson(fixture("cong-van-cv-muong-te.txt"))).get("notes"))
                    .asList().first().asString().startsWith("symbol \"CV-UBND\" opens with \"CV\"");
        }
    }

    @Nested
    class For_a_document_without_fields {
        @Test
        void writes_the_status_and_every_missing_component() {
            IncomingDocument d = extractor.extract("application/pdf", "", TextStatus.ENCRYPTED, false);

            assertThat(IncomingDocumentJson.toJson(d)).isEqualTo(String.join("\n",
                    "{",
                    "  \"mediaType\" : \"application/pdf\",",
                    "  \"textStatus\" : \"ENCRYPTED\",",
                    "  \"document\" : {",
                    "    \"version\" : 1",
                    "  },",
                    "  \"confidence\" : { },",
                    "  \"spans\" : { },",
                    "  \"notFound\" : [ \"type\", \"issuingAuthority\", \"number\", \"place\", \"date\", \"subject\","
                            + " \"signer\", \"distribution\" ],",
                    "  \"notes\" : [ ]",
                    "}"));
        }
    }

    @Nested
    class Writing_to_a_stream {
        @Test
        void flushes_but_does_not_close_the_callers_stream() {
            CallerStreams.Output out = new CallerStreams.Output();
            IncomingDocument d = IncomingDocument.builder("text/plain", "GIẤY MỜI")
                    .type(new ExtractedField<>(DocumentType.GIAY_MOI, new TextSpan(0, 8), 1.0))
                    .build();

            IncomingDocumentJson.write(d, out);

            assertThat(out.isClosed()).isFalse();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"type\" : \"GIAY_MOI\"", "\"type\" : 1.0");
        }
    }
}
