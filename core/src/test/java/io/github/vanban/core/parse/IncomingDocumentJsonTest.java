// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.core.model.DocumentType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IncomingDocumentJsonTest {
    private final FieldExtractor extractor = new FieldExtractor();

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
            assertThat(actual).containsAllEntriesOf(expected);
        }

        @Test
        void writes_stacked_capacities_marks_and_notes() throws IOException {
            Golden.assertMatches("IncomingDocumentJson", "thong-bao-hoa-toc-nfd.json",
                    IncomingDocumentJson.toJson(fixture("thong-bao-hoa-toc-nfd.txt")));
            assertThat(IncomingDocumentJson.toJson(fixture("cong-van-cv-muong-te.txt")))
                    .contains("\"notes\" : [ \"symbol \\\"CV-UBND\\\" opens with \\\"CV\\\"");
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
                    "  \"confidence\" : { },",
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
            boolean[] closed = {false};
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            OutputStream out = new OutputStream() {
                @Override
                public void write(int b) {
                    bytes.write(b);
                }

                @Override
                public void close() {
                    closed[0] = true;
                }
            };
            IncomingDocument d = IncomingDocument.builder("text/plain", "GIẤY MỜI")
                    .type(new ExtractedField<>(DocumentType.GIAY_MOI, new TextSpan(0, 8), 1.0))
                    .build();

            IncomingDocumentJson.write(d, out);

            assertThat(closed[0]).isFalse();
            assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("\"type\" : \"GIAY_MOI\"", "\"type\" : 1.0");
        }
    }
}
