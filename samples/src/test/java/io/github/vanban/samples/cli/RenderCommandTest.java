// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.core.parse.DocumentReader;
import io.github.vanban.core.parse.FieldName;
import io.github.vanban.core.parse.IncomingDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
    private static final String SEED = CliFixtures.SEED.toString();
    private static final Path FIXTURES = Path.of("src", "test", "resources", "cli");

    @Nested
    class with_the_seed_letter {
        @Test
        void writes_the_pdf_the_docx_and_a_preview_of_each_page_and_exits_0(@TempDir Path dir) throws IOException {
            Path pdf = dir.resolve("letter.pdf");
            Path docx = dir.resolve("letter.docx");
            Path previews = dir.resolve("preview");

            CliRun run = CliRun.of("render", SEED, "--pdf", pdf.toString(), "--docx", docx.toString(),
                    "--preview", previews.toString());

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).isEqualTo("PDF:     " + pdf + "\nDOCX:    " + docx + "\nPreview: 1 page in " + previews + "\n");
            assertThat(run.err()).isEmpty();
            IncomingDocument read = DocumentReader.create().read(pdf);
            assertThat(read.mediaType()).isEqualTo("application/pdf");
            assertThat(read.field(FieldName.SUBJECT).orElseThrow().value())
                    .isEqualTo("tổ chức các hoạt động hưởng ứng Ngày Đổi mới sáng tạo thế giới năm 2023");
            try (ZipFile zip = new ZipFile(docx.toFile())) {
                assertThat(zip.getEntry("word/document.xml")).isNotNull();
            }
            assertThat(previews.resolve("page-2.png")).as("the seed letter fits on one page").doesNotExist();
            for (String page : new String[] {"page-1.png"}) {
                byte[] png = Files.readAllBytes(previews.resolve(page));
                assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).as(page).isEqualTo("PNG");
            }
            try (var files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString()))
                        .as("no temporary file left").containsExactlyInAnyOrder("letter.pdf", "letter.docx", "preview");
            }
        }

        @Test
        void writes_only_the_docx_when_only_the_docx_is_asked_for(@TempDir Path dir) {
            Path docx = dir.resolve("letter.docx");

            CliRun run = CliRun.of("render", SEED, "--docx", docx.toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).isEqualTo("DOCX:    " + docx + "\n");
            assertThat(docx).isRegularFile();
        }
    }

    @Nested
    class with_an_official_form_file {
        @Test
        void renders_the_giay_moi_sample_with_its_labelled_lines(@TempDir Path dir) throws IOException {
            Path pdf = dir.resolve("giay-moi.pdf");

            CliRun run = CliRun.of("render", "documents/forms/1.7-giay-moi.json", "--pdf", pdf.toString());

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).isEqualTo("PDF:     " + pdf + "\n");
            String text = DocumentReader.create().read(pdf).text();
            assertThat(text).contains("GIẤY MỜI").contains("Thời gian:").contains("Địa điểm:");
        }

        @Test
        void names_the_file_and_pointer_of_a_bad_form_member_and_exits_2(@TempDir Path dir) throws IOException {
            Path form = Files.writeString(dir.resolve("form.json"),
                    "{\"type\": \"GIAY_MOI\", \"form\": \"9.9\", \"agency\": {}}");

            CliRun run = CliRun.of("render", form.toString(), "--pdf", dir.resolve("x.pdf").toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).startsWith("vanban render: ").contains(form.toString());
            assertThat(dir.resolve("x.pdf")).doesNotExist();
        }
    }

    @Nested
    class with_a_document_that_breaks_rules {
        @Test
        void lists_the_findings_writes_nothing_and_exits_2(@TempDir Path dir) throws IOException {
            Path pdf = Files.writeString(dir.resolve("old.pdf"), "earlier output");
            String document = FIXTURES.resolve("breaks-several-rules.json").toString();

            CliRun run = CliRun.of("render", document, "--pdf", pdf.toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.out()).contains("ERROR ND30-AUTHORITY-MISSING at /issuingAuthority",
                    document + ": ").contains("does not follow Decree 30/2020/NĐ-CP");
            assertThat(run.err()).isEqualTo("vanban render: " + document
                    + " breaks Decree 30/2020/NĐ-CP rules; nothing written\n");
            assertThat(pdf).hasContent("earlier output");
        }

        @Test
        void prints_warnings_and_still_renders(@TempDir Path dir) {
            Path pdf = dir.resolve("out.pdf");

            CliRun run = CliRun.of("render", FIXTURES.resolve("warnings-only.json").toString(), "--pdf", pdf.toString());

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).contains("WARNING ").endsWith("PDF:     " + pdf + "\n");
            assertThat(pdf).isRegularFile();
        }
    }

    @Nested
    class with_bad_usage_or_input {
        @Test
        void exits_2_when_no_output_is_asked_for() {
            CliRun run = CliRun.of("render", SEED);

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban render: nothing to write: give --pdf OUT.pdf, --docx OUT.docx or both\n");
        }

        @Test
        void refuses_to_overwrite_the_input(@TempDir Path dir) throws IOException {
            Path input = Files.copy(CliFixtures.SEED, dir.resolve("letter.json"));
            byte[] before = Files.readAllBytes(input);

            CliRun run = CliRun.of("render", input.toString(), "--pdf", dir.resolve(".").resolve("letter.json").toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban render: --pdf " + dir.resolve(".").resolve("letter.json")
                    + " would overwrite the input\n");
            assertThat(Files.readAllBytes(input)).isEqualTo(before);
        }

        @Test
        void says_so_when_the_document_is_missing(@TempDir Path dir) {
            Path missing = dir.resolve("missing.json");

            CliRun run = CliRun.of("render", missing.toString(), "--pdf", dir.resolve("out.pdf").toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban render: cannot read " + missing + ": no such file\n");
        }

        @Test
        void names_the_line_and_column_of_malformed_json(@TempDir Path dir) {
            String file = FIXTURES.resolve("malformed.json").toString();

            CliRun run = CliRun.of("render", file, "--pdf", dir.resolve("out.pdf").toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).startsWith("vanban render: Cannot read document " + file + ": line 4, column 11: ");
            assertThat(dir).isEmptyDirectory();
        }

        @Test
        void wants_the_pdf_for_previews(@TempDir Path dir) {
            CliRun run = CliRun.of("render", SEED, "--docx", dir.resolve("a.docx").toString(), "--preview", dir.toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban render: --preview needs --pdf: previews are drawn from the PDF\n");
        }

        @Test
        void says_when_the_output_directory_does_not_exist(@TempDir Path dir) {
            Path pdf = dir.resolve("no-such-dir").resolve("out.pdf");

            CliRun run = CliRun.of("render", SEED, "--pdf", pdf.toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban render: cannot write " + pdf + ": no such directory\n");
        }
    }
}
