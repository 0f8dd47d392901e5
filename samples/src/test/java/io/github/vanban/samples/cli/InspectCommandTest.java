// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class InspectCommandTest {
    /** A short synthetic công văn, as text extracted from a PDF would give it. */
    private static final String LETTER = String.join("\n",
            "UBND TỈNH LAI CHÂU            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "SỞ TƯ PHÁP                          Độc lập - Tự do - Hạnh phúc",
            "Số: 15/STP-VP                 Lai Châu, ngày 05 tháng 3 năm 2024",
            "V/v góp ý dự thảo Quy chế phối hợp",
            "",
            "",
            "Kính gửi: Sở Nội vụ.",
            "",
            "Sở Tư pháp đề nghị Sở Nội vụ góp ý dự thảo Quy chế./.",
            "",
            "Nơi nhận:                              KT. GIÁM ĐỐC",
            "- Như trên;                          PHÓ GIÁM ĐỐC",
            "- Lưu: VT, VP.",
            "",
            "",
            "                                      Vũ Thị Lan");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(InspectCommand command, String... args) {
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private Path letter(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Nested
    class When_every_mandatory_component_is_found {
        @Test
        void prints_a_table_of_fields_with_confidences_and_exits_0() throws IOException {
            Path file = letter("cv-15.txt", LETTER);

            int code = run(new InspectCommand(), file.toString());

            assertThat(code).isEqualTo(0);
            assertThat(err.toString()).isEmpty();
            assertThat(out.toString()).contains(
                    "File:    cv-15.txt",
                    "Type:    text/plain, text extracted",
                    "type               0.90  Công văn (CONG_VAN)",
                    "parentAuthority    0.90  UBND TỈNH LAI CHÂU",
                    "issuingAuthority   0.90  SỞ TƯ PHÁP",
                    "number             1.00  15 / STP-VP",
                    "date               1.00  2024-03-05",
                    "subject            0.90  góp ý dự thảo Quy chế phối hợp",
                    "recipients         0.90  Sở Nội vụ",
                    "signer             0.95  KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Vũ Thị Lan",
                    "distribution       0.90  Như trên; Lưu: VT, VP",
                    "Not found: none");
        }

        @Test
        void prints_json_with_the_format_v1_member_names() throws IOException {
            Path file = letter("cv-15.txt", LETTER);

            int code = run(new InspectCommand(), file.toString(), "--json");

            assertThat(code).isEqualTo(0);
            assertThat(out.toString()).contains(
                    "\"type\" : \"CONG_VAN\"",
                    "\"parentAuthority\" : \"UBND TỈNH LAI CHÂU\"",
                    "\"issuingAuthority\" : \"SỞ TƯ PHÁP\"",
                    "\"number\" : 15",
                    "\"symbol\" : \"STP-VP\"",
                    "\"place\" : \"Lai Châu\"",
                    "\"date\" : \"2024-03-05\"",
                    "\"subject\" : \"góp ý dự thảo Quy chế phối hợp\"",
                    "\"recipients\" : [ \"Sở Nội vụ\" ]",
                    "\"capacity\" : \"KT\"",
                    "\"authority\" : \"GIÁM ĐỐC\"",
                    "\"position\" : \"PHÓ GIÁM ĐỐC\"",
                    "\"fullName\" : \"Vũ Thị Lan\"",
                    "\"distribution\" : [ \"Như trên\", \"Lưu: VT, VP\" ]",
                    "\"notFound\" : [ ]");
        }

        @Test
        void lists_signatures_through_the_hook_the_signing_module_will_fill() throws IOException {
            Path file = letter("cv-15.txt", LETTER);

            run(new InspectCommand(f -> List.of("Vũ Thị Lan, " + f.getFileName())), file.toString());

            assertThat(out.toString()).contains("Signature: Vũ Thị Lan, cv-15.txt");
        }
    }

    @Nested
    class When_a_check_fails {
        @Test
        void names_the_missing_components_and_exits_1() throws IOException {
            String unsigned = LETTER.substring(0, LETTER.indexOf("Nơi nhận:"));
            Path file = letter("draft.txt", unsigned);

            int code = run(new InspectCommand(), file.toString());

            assertThat(code).isEqualTo(1);
            assertThat(out.toString()).contains("Not found: signer, distribution");
        }
    }

    @Nested
    class When_there_is_no_text_to_read {
        @Test
        void a_scanned_letter_exits_1_and_says_it_needs_ocr() throws IOException {
            Path scan = dir.resolve("scan.pdf");
            try (PDDocument document = new PDDocument()) {
                PDPage page = new PDPage();
                document.addPage(page);
                PDImageXObject image = LosslessFactory.createFromImage(document,
                        new BufferedImage(100, 140, BufferedImage.TYPE_BYTE_GRAY));
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(image, 50, 50, 400, 560);
                }
                document.save(scan.toFile());
            }

            int code = run(new InspectCommand(), scan.toString());

            assertThat(code).isEqualTo(1);
            assertThat(out.toString()).contains("Type:    application/pdf, no text layer (a scan? run OCR first)",
                    "Not found: type, issuingAuthority, number, place, date, subject, signer, distribution");
        }
    }

    @Nested
    class When_the_input_cannot_be_read {
        @Test
        void a_missing_file_exits_2_with_its_name() {
            int code = run(new InspectCommand(), dir.resolve("none.pdf").toString());

            assertThat(code).isEqualTo(2);
            assertThat(err.toString()).isEqualTo("vanban inspect: no such file: " + dir.resolve("none.pdf") + System.lineSeparator());
        }

        @Test
        void an_empty_file_exits_2_with_the_reason() throws IOException {
            Path file = Files.createFile(dir.resolve("empty.docx"));

            int code = run(new InspectCommand(), file.toString());

            assertThat(code).isEqualTo(2);
            assertThat(err.toString()).isEqualTo("vanban inspect: cannot read \"empty.docx\": it is empty (0 bytes)"
                    + System.lineSeparator());
        }

        @Test
        void a_missing_argument_is_bad_usage_and_exits_2() {
            int code = run(new InspectCommand());

            assertThat(code).isEqualTo(2);
            assertThat(err.toString()).startsWith("Missing required parameter: 'FILE'");
        }
    }
}
