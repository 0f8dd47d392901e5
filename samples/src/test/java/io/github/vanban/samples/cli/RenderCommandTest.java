// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.core.json.DocumentJson;
import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.parse.DocumentReader;
import io.github.vanban.core.parse.FieldName;
import io.github.vanban.core.parse.IncomingDocument;
import io.github.vanban.samples.examples.SampleLetterhead;
import io.github.vanban.templates.vn.FormJson;
import io.github.vanban.templates.vn.LetterheadTag;
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

        @Test
        void gives_the_outputs_the_permissions_of_any_new_file_not_owner_only(@TempDir Path dir)
                throws IOException {
            Path pdf = dir.resolve("letter.pdf");
            Path docx = dir.resolve("letter.docx");
            // What the user's umask gives a plain new file in that directory.
            Path reference = Files.createFile(dir.resolve("reference"));

            CliRun run = CliRun.of("render", SEED, "--pdf", pdf.toString(), "--docx", docx.toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(Files.getPosixFilePermissions(pdf)).isEqualTo(Files.getPosixFilePermissions(reference));
            assertThat(Files.getPosixFilePermissions(docx)).isEqualTo(Files.getPosixFilePermissions(reference));
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

    @Nested
    class with_a_letterhead {
        private static final Path FORM = Path.of("documents", "forms", "1.5-cong-van.json");

        @Test
        void fills_the_templates_controls_in_the_docx_of_a_form_and_leaves_the_pdf_as_without_it(@TempDir Path dir)
                throws IOException {
            Path template = TestLetterheads.clean(dir.resolve("letterhead.docx"));
            byte[] templateBefore = Files.readAllBytes(template);
            Path pdf = dir.resolve("lettered.pdf");
            Path docx = dir.resolve("lettered.docx");
            Path plainPdf = dir.resolve("plain.pdf");
            Path plainDocx = dir.resolve("plain.docx");

            CliRun run = CliRun.of("render", FORM.toString(), "--pdf", pdf.toString(), "--docx", docx.toString(),
                    "--letterhead", template.toString());
            CliRun plain = CliRun.of("render", FORM.toString(), "--pdf", plainPdf.toString(),
                    "--docx", plainDocx.toString());

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
            assertThat(run.err()).isEmpty();
            assertThat(run.out()).isEqualTo("PDF:     " + pdf + "\nDOCX:    " + docx + "\n");
            AdministrativeDocument form = FormJson.read(FORM).document();
            byte[] lettered = Files.readAllBytes(docx);
            assertThat(SampleLetterhead.footerText(lettered))
                    .isEqualTo(String.join("", form.contact()) + SampleLetterhead.OPENING_HOURS)
                    .doesNotContain(SampleLetterhead.PROMPT);
            assertThat(TestLetterheads.headerText(lettered))
                    .contains(String.join("", LetterheadTag.SUBJECT.lines(form)))
                    .doesNotContain("Nhập trích yếu.");
            assertThat(SampleLetterhead.footerText(Files.readAllBytes(plainDocx)))
                    .doesNotContain(SampleLetterhead.OPENING_HOURS);
            assertThat(PdfText.of(pdf, "-layout")).isEqualTo(PdfText.of(plainPdf, "-layout"))
                    .contains(form.contact().get(0));
            assertThat(Files.readAllBytes(template)).as("the template is only read").isEqualTo(templateBefore);
        }

        @Test
        void applies_to_a_json_v1_document_too(@TempDir Path dir) throws IOException {
            Path docx = dir.resolve("letter.docx");

            CliRun run = CliRun.of("render", SEED, "--docx", docx.toString(),
                    "--letterhead", TestLetterheads.clean(dir.resolve("letterhead.docx")).toString());

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
            assertThat(SampleLetterhead.footerText(Files.readAllBytes(docx))).isEqualTo(
                    String.join("", DocumentJson.read(CliFixtures.SEED).contact()) + SampleLetterhead.OPENING_HOURS);
        }

        @Test
        void prints_each_warning_on_stderr_and_still_writes_the_docx(@TempDir Path dir) throws IOException {
            Path template = TestLetterheads.withUnknownTag(dir.resolve("letterhead.docx"));
            Path docx = dir.resolve("letter.docx");

            CliRun run = CliRun.of("render", SEED, "--docx", docx.toString(), "--letterhead", template.toString());

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
            assertThat(run.err()).isEqualTo("warning: " + unknownTagWarning(template) + "\n");
            assertThat(run.out()).isEqualTo("DOCX:    " + docx + "\n");
            assertThat(TestLetterheads.headerText(Files.readAllBytes(docx))).contains("Số fax");
        }

        @Test
        void refuses_a_letterhead_with_warnings_when_strict_writes_nothing_and_exits_2(@TempDir Path dir)
                throws IOException {
            Path template = TestLetterheads.withUnknownTag(dir.resolve("letterhead.docx"));
            Path docx = Files.writeString(dir.resolve("letter.docx"), "earlier output");
            Path pdf = dir.resolve("letter.pdf");

            CliRun run = CliRun.of("render", SEED, "--pdf", pdf.toString(), "--docx", docx.toString(),
                    "--letterhead", template.toString(), "--strict-letterhead");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban render: " + template + ": 1 problem(s) in the letterhead:\n"
                    + unknownTagWarning(template) + "\n");
            assertThat(run.out()).isEmpty();
            assertThat(docx).hasContent("earlier output");
            assertThat(pdf).doesNotExist();
        }

        @Test
        void accepts_a_clean_letterhead_when_strict(@TempDir Path dir) {
            Path docx = dir.resolve("letter.docx");

            CliRun run = CliRun.of("render", SEED, "--docx", docx.toString(), "--strict-letterhead",
                    "--letterhead", TestLetterheads.clean(dir.resolve("letterhead.docx")).toString());

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
            assertThat(run.err()).isEmpty();
            assertThat(docx).isRegularFile();
        }

        @Test
        void needs_the_docx_output_and_says_the_pdf_is_drawn_without_it(@TempDir Path dir) {
            Path pdf = dir.resolve("letter.pdf");

            CliRun run = CliRun.of("render", SEED, "--pdf", pdf.toString(),
                    "--letterhead", TestLetterheads.clean(dir.resolve("letterhead.docx")).toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban render: --letterhead needs --docx OUT.docx: the letterhead "
                    + "applies to the DOCX only, the PDF is drawn without it\n");
            assertThat(pdf).doesNotExist();
        }

        @Test
        void wants_a_letterhead_to_be_strict_about(@TempDir Path dir) {
            CliRun run = CliRun.of("render", SEED, "--docx", dir.resolve("a.docx").toString(), "--strict-letterhead");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban render: --strict-letterhead needs --letterhead ORG.docx\n");
        }

        @Test
        void names_a_letterhead_that_is_not_a_docx_and_keeps_the_earlier_output(@TempDir Path dir) throws IOException {
            Path template = Files.writeString(dir.resolve("letterhead.docx"), "not a Word file");
            Path docx = Files.writeString(dir.resolve("letter.docx"), "earlier output");

            CliRun run = CliRun.of("render", SEED, "--docx", docx.toString(), "--letterhead", template.toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban render: " + template + " is not a DOCX (not a ZIP file)\n");
            assertThat(docx).hasContent("earlier output");
            assertThat(template).hasContent("not a Word file");
        }

        @Test
        void names_a_missing_letterhead(@TempDir Path dir) {
            Path missing = dir.resolve("missing.dotx");

            CliRun run = CliRun.of("render", SEED, "--docx", dir.resolve("a.docx").toString(),
                    "--letterhead", missing.toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban render: --letterhead: no such file: " + missing + "\n");
            assertThat(dir).isEmptyDirectory();
        }

        @Test
        void refuses_to_overwrite_the_template_with_the_docx(@TempDir Path dir) throws IOException {
            Path template = TestLetterheads.clean(dir.resolve("letterhead.docx"));
            byte[] before = Files.readAllBytes(template);

            CliRun run = CliRun.of("render", SEED, "--docx", template.toString(), "--letterhead", template.toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban render: --docx " + template
                    + " would overwrite the letterhead template\n");
            assertThat(Files.readAllBytes(template)).isEqualTo(before);
        }

        @Test
        void says_in_the_help_that_the_pdf_is_not_affected() {
            CliRun run = CliRun.of("render", "--help");

            assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(run.out().replaceAll("\\s+", " "))
                    .contains("--letterhead=ORG.docx Apply the organisation's letterhead template",
                            "The PDF is not affected.", "--strict-letterhead Refuse a letterhead with warnings",
                            "--letterhead applies to the DOCX only: the PDF is drawn as Decree 30 lays it out",
                            "--letterhead letterhead-so-khcn.dotx --strict-letterhead");
        }

        private static String unknownTagWarning(Path template) {
            return template + "!word/header1.xml: content control tag \"" + TestLetterheads.UNKNOWN_TAG
                    + "\" is not a letterhead tag; left as it is";
        }
    }
}
