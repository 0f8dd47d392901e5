// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.core.json.DocumentJson;
import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.model.DocumentNumber;
import io.github.vanban.samples.batch.RenderOperation;
import io.github.vanban.samples.examples.SampleLetterhead;
import io.github.vanban.signing.testing.SigningFixtures;
import io.github.vanban.signing.testing.TestPki;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {
    private static final int LETTERS = 200;
    private static final int MALFORMED = 5;
    private static final int BREAKING_RULES = 5;
    private static final Path SEED = Path.of("documents", "cong-van-lai-chau.json");
    /** Set by Surefire (samples/pom.xml), as users pass passwords: through the environment. */
    private static final String PASSWORD_ENV = "VANBAN_TEST_PASSWORD";
    private static final String PASSWORD = "test-only";

    /**
     * 200 letters varied from the seed, written once per JVM: 190 valid ones (subject, number and
     * the number of body paragraphs vary), 5 cut-off JSON files and 5 without the file copy
     * "Lưu: VT" (a Decree 30 error); and one batch render of them all.
     */
    private static final class Letters {
        static final Path DIR = temp("vanban-batch-in");
        static final Path OUT = temp("vanban-batch-out");
        static final CliRun RENDER;

        static {
            try {
                String seedText = Files.readString(SEED, StandardCharsets.UTF_8);
                AdministrativeDocument seed = DocumentJson.read(SEED);
                int valid = LETTERS - MALFORMED - BREAKING_RULES;
                for (int i = 1; i <= valid; i++) {
                    AdministrativeDocument letter = seed.toBuilder()
                            .number(DocumentNumber.of(i, seed.number().symbol()))
                            .subject(seed.subject() + " (đợt " + i + ")")
                            .body(seed.body().subList(0, 3 + i % (seed.body().size() - 2)))
                            .build();
                    Files.writeString(DIR.resolve(String.format("letter-%03d.json", i)), DocumentJson.write(letter));
                }
                for (int i = 1; i <= MALFORMED; i++) {
                    Files.writeString(DIR.resolve("malformed-" + i + ".json"),
                            seedText.substring(0, seedText.length() / (i + 1)));
                }
                String noFileCopy = seedText.replace(",\n    \"Lưu: VT, VP\"", "");
                assertThat(noFileCopy).isNotEqualTo(seedText);
                for (int i = 1; i <= BREAKING_RULES; i++) {
                    Files.writeString(DIR.resolve("no-file-copy-" + i + ".json"), noFileCopy);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            RENDER = CliRun.of("batch", "render", DIR.toString(), "--out", OUT.toString());
        }
    }

    private static Path temp(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Nested
    class render_over_200_letters_with_10_broken {
        @Test
        void writes_the_190_good_ones_lists_the_10_failures_with_reasons_and_exits_1() throws IOException {
            CliRun run = Letters.RENDER;

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.CHECK_FAILED);
            assertThat(run.err()).isEmpty();
            assertThat(run.out()).startsWith("render: 200 inputs, 190 succeeded, 10 failed in ");
            assertThat(files(Letters.OUT, ".pdf")).hasSize(190).allSatisfy(pdf ->
                    assertThat(pdf.getFileName().toString()).matches("letter-\\d{3}\\.pdf"));
            assertThat(files(Letters.OUT, ".docx")).isEmpty();
            List<String> failed = run.out().lines().filter(l -> l.startsWith("  " + Letters.DIR)).toList();
            assertThat(failed).hasSize(10);
            assertThat(run.out()).contains(
                    "  " + Letters.DIR.resolve("no-file-copy-1.json")
                            + ": does not follow Decree 30/2020/NĐ-CP: 1 error, 0 warnings\n"
                            + "      ND30-FILE-COPY-MISSING at /distribution: ",
                    "  " + Letters.DIR.resolve("malformed-1.json") + ": ");
        }

        @Test
        void renders_each_letter_with_its_own_number() throws IOException {
            try (PDDocument pdf = Loader.loadPDF(Letters.OUT.resolve("letter-042.pdf").toFile())) {
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
                assertThat(text).contains("Số: 42/SKHCN-VP", "(đợt 42)");
            }
        }
    }

    @Nested
    class render_with_format_both {
        @Test
        void writes_a_pdf_and_a_docx_per_letter_and_exits_0(@TempDir Path out) throws IOException {
            CliRun run = CliRun.of("batch", "render", "--format", "both", "--out", out.toString(),
                    Letters.DIR.resolve("letter-001.json").toString(), Letters.DIR.resolve("letter-002.json").toString());

            assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).startsWith("render: 2 inputs, 2 succeeded, 0 failed in ");
            assertThat(files(out, ".pdf")).hasSize(2);
            assertThat(files(out, ".docx")).hasSize(2).allSatisfy(docx -> assertThat(docx).isNotEmptyFile());
        }
    }

    /**
     * One folder with the 14 official-form samples (Decree 30/2020/NĐ-CP, Appendix III) and their
     * {@code agencies/} profile, the seed letter in JSON format v1, and one form file whose agency
     * profile does not exist; rendered once to both formats without and once with a letterhead.
     * The working directory (the samples module) has no {@code agencies/}: a form renders only if
     * its agency path is resolved against the folder.
     */
    private static final class Forms {
        static final Path SAMPLES = Path.of("documents", "forms");
        static final Path DIR = temp("vanban-batch-forms");
        static final Path BROKEN = DIR.resolve("zz-broken.json");
        static final Path LETTERHEAD = TestLetterheads.clean(temp("vanban-batch-letterhead").resolve("org.docx"));
        static final Path PLAIN = temp("vanban-batch-forms-plain");
        static final Path LETTERED = temp("vanban-batch-forms-lettered");
        static final CliRun RENDER_PLAIN;
        static final CliRun RENDER_LETTERED;

        static {
            try {
                for (Path form : files(SAMPLES, ".json")) {
                    Files.copy(form, DIR.resolve(form.getFileName()));
                }
                Path agencies = Files.createDirectories(DIR.resolve("agencies"));
                for (Path profile : files(SAMPLES.resolve("agencies"), ".json")) {
                    Files.copy(profile, agencies.resolve(profile.getFileName()));
                }
                Files.copy(SEED, DIR.resolve(SEED.getFileName()));
                String letter = Files.readString(SAMPLES.resolve("1.5-cong-van.json"), StandardCharsets.UTF_8);
                String broken = letter.replace("agencies/so-khcn-lai-chau.json", "agencies/missing.json");
                assertThat(broken).isNotEqualTo(letter);
                Files.writeString(BROKEN, broken);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            RENDER_PLAIN = CliRun.of("batch", "render", DIR.toString(), "--out", PLAIN.toString(), "--format", "both");
            RENDER_LETTERED = CliRun.of("batch", "render", DIR.toString(), "--out", LETTERED.toString(),
                    "--format", "both", "--letterhead", LETTERHEAD.toString());
        }

        /** The 15 inputs that render: every form sample and the seed letter. */
        static List<Path> valid() throws IOException {
            return files(DIR, ".json").stream().filter(p -> !p.equals(BROKEN)).toList();
        }
    }

    @Nested
    class render_over_the_form_samples_the_seed_letter_and_a_broken_form {
        @Test
        void writes_both_formats_for_the_15_good_ones_names_the_broken_one_and_exits_1() throws IOException {
            CliRun run = Forms.RENDER_PLAIN;

            assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.CHECK_FAILED);
            assertThat(run.err()).isEmpty();
            assertThat(run.out()).startsWith("render: 16 inputs, 15 succeeded, 1 failed in ")
                    .endsWith("Failed:\n  " + Forms.BROKEN + ": " + Forms.BROKEN
                            + ": /agency: agency profile file not found: " + Forms.DIR.resolve("agencies/missing.json")
                            + "\n");
            List<String> stems = Forms.valid().stream().map(RenderOperation::stem).toList();
            assertThat(stems).hasSize(15).contains("cong-van-lai-chau", "1.1-nghi-quyet", "3.2-ban-sao-dien-tu");
            assertThat(files(Forms.PLAIN, ".pdf")).extracting(RenderOperation::stem).containsExactlyElementsOf(stems);
            assertThat(files(Forms.PLAIN, ".docx")).extracting(RenderOperation::stem).containsExactlyElementsOf(stems);
        }

        @Test
        void renders_each_file_as_the_render_command_reads_it(@TempDir Path dir) throws IOException {
            for (Path input : Forms.valid()) {
                Path single = dir.resolve(RenderOperation.stem(input) + ".pdf");
                CliRun render = CliRun.of("render", input.toString(), "--pdf", single.toString());
                assertThat(render.exitCode()).as(render.err()).isEqualTo(ExitCode.OK);

                assertThat(PdfText.of(Forms.PLAIN.resolve(single.getFileName()), "-layout")).as(input.toString())
                        .isEqualTo(PdfText.of(single, "-layout"));
            }
        }
    }

    @Nested
    class render_with_a_letterhead {
        @Test
        void fills_the_template_footer_of_every_docx_and_leaves_the_pdfs_as_without_it() throws IOException {
            CliRun run = Forms.RENDER_LETTERED;

            assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.CHECK_FAILED);
            assertThat(run.err()).isEmpty();
            assertThat(run.out()).startsWith("render: 16 inputs, 15 succeeded, 1 failed in ")
                    .contains("Failed:\n  " + Forms.BROKEN + ": ");
            for (Path input : Forms.valid()) {
                String stem = RenderOperation.stem(input);
                AdministrativeDocument document = DocumentFiles.read(input);
                assertThat(SampleLetterhead.footerText(Files.readAllBytes(Forms.LETTERED.resolve(stem + ".docx"))))
                        .as(stem).isEqualTo(String.join("", document.contact()) + SampleLetterhead.OPENING_HOURS);
                assertThat(SampleLetterhead.footerText(Files.readAllBytes(Forms.PLAIN.resolve(stem + ".docx"))))
                        .as(stem).doesNotContain(SampleLetterhead.OPENING_HOURS);
                assertThat(PdfText.of(Forms.LETTERED.resolve(stem + ".pdf"), "-layout")).as(stem)
                        .isEqualTo(PdfText.of(Forms.PLAIN.resolve(stem + ".pdf"), "-layout"));
            }
        }

        @Test
        void prints_the_letterheads_warnings_once_for_the_whole_batch(@TempDir Path dir) throws IOException {
            Path template = TestLetterheads.withUnknownTag(dir.resolve("letterhead.docx"));
            Path out = dir.resolve("out");

            CliRun run = CliRun.of("batch", "render", "--format", "docx", "--out", out.toString(),
                    "--letterhead", template.toString(), SEED.toString(),
                    Forms.DIR.resolve("1.7-giay-moi.json").toString(),
                    Forms.DIR.resolve("1.5-cong-van.json").toString());

            assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.OK);
            assertThat(run.err()).isEqualTo("warning: " + unknownTagWarning(template) + "\n");
            assertThat(run.out()).startsWith("render: 3 inputs, 3 succeeded, 0 failed in ");
            assertThat(files(out, ".docx")).hasSize(3).allSatisfy(docx ->
                    assertThat(TestLetterheads.headerText(Files.readAllBytes(docx))).contains("Số fax"));
            assertThat(files(out, ".pdf")).isEmpty();
        }

        @Test
        void refuses_a_letterhead_with_warnings_when_strict_before_writing_anything_and_exits_2(@TempDir Path dir) {
            Path template = TestLetterheads.withUnknownTag(dir.resolve("letterhead.docx"));
            Path out = dir.resolve("out");

            CliRun run = CliRun.of("batch", "render", Forms.DIR.toString(), "--format", "both", "--out", out.toString(),
                    "--letterhead", template.toString(), "--strict-letterhead");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban batch render: " + template + ": 1 problem(s) in the letterhead:\n"
                    + unknownTagWarning(template) + "\n");
            assertThat(run.out()).isEmpty();
            assertThat(out).doesNotExist();
        }

        @Test
        void names_a_letterhead_that_is_not_a_docx_before_writing_anything_and_exits_2(@TempDir Path dir)
                throws IOException {
            Path template = Files.writeString(dir.resolve("letterhead.docx"), "not a Word file");
            Path out = dir.resolve("out");

            CliRun run = CliRun.of("batch", "render", SEED.toString(), "--format", "docx", "--out", out.toString(),
                    "--letterhead", template.toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban batch render: " + template + " is not a DOCX (not a ZIP file)\n");
            assertThat(out).doesNotExist();
            assertThat(template).hasContent("not a Word file");
        }

        @Test
        void names_a_missing_letterhead_and_exits_2(@TempDir Path dir) {
            Path missing = dir.resolve("missing.dotx");

            CliRun run = CliRun.of("batch", "render", SEED.toString(), "--format", "both",
                    "--out", dir.resolve("out").toString(), "--letterhead", missing.toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban batch render: --letterhead: no such file: " + missing + "\n");
            assertThat(dir).isEmptyDirectory();
        }

        @Test
        void needs_a_docx_format_and_says_the_pdf_is_drawn_without_it(@TempDir Path dir) {
            CliRun run = CliRun.of("batch", "render", SEED.toString(), "--out", dir.resolve("out").toString(),
                    "--letterhead", TestLetterheads.clean(dir.resolve("letterhead.docx")).toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban batch render: --letterhead needs --format docx or both: the "
                    + "letterhead applies to the DOCX only, the PDF is drawn without it\n");
            assertThat(dir.resolve("out")).doesNotExist();
        }

        @Test
        void wants_a_letterhead_to_be_strict_about(@TempDir Path dir) {
            CliRun run = CliRun.of("batch", "render", SEED.toString(), "--format", "docx",
                    "--out", dir.resolve("out").toString(), "--strict-letterhead");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban batch render: --strict-letterhead needs --letterhead ORG.docx\n");
            assertThat(dir.resolve("out")).doesNotExist();
        }

        @Test
        void refuses_an_output_that_would_overwrite_the_template(@TempDir Path dir) throws IOException {
            Path template = TestLetterheads.clean(dir.resolve("cong-van-lai-chau.docx"));
            byte[] before = Files.readAllBytes(template);

            CliRun run = CliRun.of("batch", "render", SEED.toString(), "--format", "both", "--out", dir.toString(),
                    "--letterhead", template.toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban batch render: the output " + template + " of " + SEED
                    + " would overwrite the letterhead template; choose another --out\n");
            assertThat(Files.readAllBytes(template)).isEqualTo(before);
            assertThat(dir.resolve("cong-van-lai-chau.pdf")).doesNotExist();
        }

        @Test
        void shows_the_letterhead_options_form_files_and_examples_in_the_help() {
            CliRun run = CliRun.of("batch", "render", "--help");

            assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(run.out().replaceAll("\\s+", " "))
                    .contains("JSON format v1, or official-form files",
                            "--letterhead=ORG.docx Apply the organisation's letterhead template",
                            "The PDF is not affected.", "--strict-letterhead Refuse a letterhead with warnings",
                            "resolved against the form file's directory",
                            "--letterhead applies to the DOCX only (--format docx or both)",
                            "vanban batch render samples/documents/forms/ --out out/ --format both",
                            "--letterhead letterhead-so-khcn.dotx --strict-letterhead");
        }

        private static String unknownTagWarning(Path template) {
            return template + "!word/header1.xml: content control tag \"" + TestLetterheads.UNKNOWN_TAG
                    + "\" is not a letterhead tag; left as it is";
        }
    }

    @Nested
    class sign_over_the_rendered_letters_and_a_damaged_pdf {
        @Test
        void signs_the_190_reports_the_damaged_one_leaves_inputs_untouched_and_exits_1(@TempDir Path work)
                throws IOException {
            Path extra = Files.createDirectories(work.resolve("extra"));
            Path damaged = Files.writeString(extra.resolve("damaged.pdf"), "%PDF-1.7 cut off");
            Path p12 = work.resolve("leader.p12");
            SigningFixtures.get().pki().leader().writePkcs12(p12, PASSWORD.toCharArray());
            byte[] before = Files.readAllBytes(Letters.OUT.resolve("letter-007.pdf"));
            Path out = work.resolve("signed");

            CliRun run = CliRun.of("batch", "sign", Letters.OUT.toString(), damaged.toString(), "--out", out.toString(),
                    "--keystore", p12.toString(), "--password-env", PASSWORD_ENV, "--level", "B-B");

            assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.CHECK_FAILED);
            assertThat(run.out()).startsWith("sign: 191 inputs, 190 succeeded, 1 failed in ")
                    .contains("Failed:\n  " + damaged + ": ");
            assertThat(files(out, ".pdf")).hasSize(190);
            assertThat(Files.readAllBytes(Letters.OUT.resolve("letter-007.pdf"))).isEqualTo(before);
            try (PDDocument signed = Loader.loadPDF(out.resolve("letter-007.pdf").toFile())) {
                assertThat(signed.getSignatureDictionaries()).hasSize(1);
            }
        }

        @Test
        void refuses_an_output_directory_that_holds_the_inputs_and_exits_2(@TempDir Path work) throws IOException {
            Path pdf = Files.copy(Letters.OUT.resolve("letter-001.pdf"), work.resolve("letter-001.pdf"));

            CliRun run = CliRun.of("batch", "sign", pdf.toString(), "--out", work.toString(), "--level", "B-B",
                    "--keystore", work.resolve("none.p12").toString(), "--password-env", PASSWORD_ENV);

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban batch sign: the output directory " + work + " holds the input "
                    + pdf + ", which would be overwritten; choose another --out\n");
        }
    }

    @Nested
    class sign_with_the_copy_stamp_over_3_copies_one_without_vanban_corner {
        private static final String COPIER = "Văn phòng Ủy ban nhân dân tỉnh Lai Châu";

        @Test
        void signs_the_2_copies_at_b_lt_reports_the_third_as_failed_and_exits_1(@TempDir Path work) throws IOException {
            CliFixtures fix = CliFixtures.get();
            Path copies = Files.createDirectories(work.resolve("copies"));
            Path first = copies.resolve("copy-1.pdf");
            CliRun render = CliRun.of("render", "documents/forms/3.2-ban-sao-dien-tu.json", "--pdf", first.toString());
            assertThat(render.exitCode()).as(render.err()).isEqualTo(ExitCode.OK);
            Files.copy(first, copies.resolve("copy-2.pdf"));
            Path letter = Files.copy(fix.letterPdf(), copies.resolve("letter.pdf"));
            Path out = work.resolve("signed");

            CliRun run = CliRun.of("batch", "sign", copies.toString(), "--out", out.toString(),
                    "--keystore", fix.organisationKeystore().toString(), "--password-env", CliFixtures.PASSWORD_ENV,
                    "--level", "B-LT", "--tsa", fix.tsa(), "--copy-stamp", "SAO Y", "--copier", COPIER);

            assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.CHECK_FAILED);
            assertThat(run.err()).isEmpty();
            assertThat(run.out()).startsWith("sign: 3 inputs, 2 succeeded, 1 failed in ")
                    .endsWith("Failed:\n  " + letter + ": " + letter + " has no signature field vanban_corner for "
                            + "--copy-stamp: render it with \"cornerSignature\": true, or give --field vanban_corner "
                            + "to add the field at the top right of page 1\n");
            assertThat(files(out, ".pdf")).extracting(p -> p.getFileName().toString())
                    .containsExactly("copy-1.pdf", "copy-2.pdf");
            Path root = Files.writeString(work.resolve("root.pem"), TestPki.pem(fix.pki().root().certificate()));
            for (Path signed : files(out, ".pdf")) {
                CliRun verify = CliRun.of("verify", signed.toString(), "--trust", root.toString());
                assertThat(verify.exitCode()).as(verify.out()).isEqualTo(ExitCode.OK);
                assertThat(verify.out()).contains("Chữ ký / Signature 'vanban_corner' (APPROVAL, B_LT): hợp lệ / valid");
                // Page 1 above the 20 mm top margin (57 pt), where nothing but the stamp is printed.
                assertThat(PdfText.of(signed, "-f", "1", "-l", "1", "-x", "0", "-y", "0", "-W", "596", "-H", "57"))
                        .startsWith("SAO Y; " + COPIER + "; ");
            }
        }

        @Test
        void refuses_an_image_with_a_stamp_before_opening_the_key_and_exits_2(@TempDir Path work) {
            CliRun run = CliRun.of("batch", "sign", work.toString(), "--out", work.resolve("o").toString(),
                    "--keystore", work.resolve("none.p12").toString(), "--password-env", PASSWORD_ENV, "--level", "B-B",
                    "--copy-stamp", "SAO_Y", "--copier", COPIER, "--image", "sig.png");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban batch sign: --copy-stamp is text only (Decree 30/2020/NĐ-CP "
                    + "shows no image in it): drop --image\n");
        }

        @Test
        void refuses_a_stamp_aimed_at_the_persons_field_and_exits_2(@TempDir Path work) {
            CliRun run = CliRun.of("batch", "sign", work.toString(), "--out", work.resolve("o").toString(),
                    "--keystore", work.resolve("none.p12").toString(), "--password-env", PASSWORD_ENV, "--level", "B-B",
                    "--attachment-stamp", "15/QĐ-UBND", "--field", "vanban_signer");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban batch sign: --attachment-stamp goes in vanban_corner at the top "
                    + "right of page 1, not in vanban_signer\n");
        }

        @Test
        void shows_the_stamp_options_and_an_example_in_the_help() {
            CliRun run = CliRun.of("batch", "sign", "--help");

            assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).contains("[--attachment-stamp=NUMBER/SYMBOL]", "[--copy-stamp=FORM]",
                    "--copy-stamp \"SAO Y\" --copier \"Văn phòng Ủy ban nhân dân tỉnh Lai Châu\"");
            assertThat(run.out().replaceAll("\\s+", " "))
                    .contains("(default: vanban_signer, or vanban_corner for a stamp)");
        }
    }

    @Nested
    class verify_over_signed_letters_a_tampered_one_and_a_damaged_pdf {
        @Test
        void passes_the_intact_ones_names_the_others_with_reasons_writes_reports_and_exits_1(@TempDir Path work)
                throws IOException {
            SigningFixtures fixtures = SigningFixtures.get();
            Path p12 = work.resolve("leader.p12");
            fixtures.pki().leader().writePkcs12(p12, PASSWORD.toCharArray());
            Path toSign = Files.createDirectories(work.resolve("to-sign"));
            for (String name : List.of("letter-001.pdf", "letter-002.pdf", "letter-003.pdf")) {
                Files.copy(Letters.OUT.resolve(name), toSign.resolve(name));
            }
            Path signed = work.resolve("signed");
            assertThat(CliRun.of("batch", "sign", toSign.toString(), "--out", signed.toString(), "--keystore",
                    p12.toString(), "--password-env", PASSWORD_ENV, "--level", "B-T", "--tsa", fixtures.tsa().url().toString())
                    .exitCode()).isEqualTo(ExitCode.OK);
            Path tampered = signed.resolve("letter-003.pdf");
            byte[] bytes = Files.readAllBytes(tampered);
            int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("<dc:title>") + 20;
            bytes[at] = (byte) (bytes[at] == 'X' ? 'Y' : 'X'); // same length: only the signed digest breaks
            Files.write(tampered, bytes);
            Path damaged = Files.writeString(signed.resolve("damaged.pdf"), "not a PDF at all");
            Path root = work.resolve("root.pem");
            Files.writeString(root, TestPki.pem(fixtures.pki().root().certificate()));
            Path reports = work.resolve("reports");

            CliRun run = CliRun.of("batch", "verify", signed.toString(), "--trust", root.toString(), "--online",
                    "--reports", reports.toString());

            assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.CHECK_FAILED);
            assertThat(run.out()).startsWith("verify: 4 inputs, 2 succeeded, 2 failed in ")
                    .contains("  " + tampered + ": INVALID\n      vanban_signer: INVALID: ",
                            "  " + damaged + ": ");
            assertThat(reports.resolve("letter-001.verification.json")).content().contains("\"VALID\"");
            assertThat(reports.resolve("letter-003.verification.json")).content().contains("\"INVALID\"");
        }
    }

    @Nested
    class with_bad_usage {
        @Test
        void exits_2_naming_a_missing_input(@TempDir Path out) {
            CliRun run = CliRun.of("batch", "render", "no/such/dir", "--out", out.toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban batch render: No such file or directory: no/such/dir\n");
        }

        @Test
        void exits_2_when_a_directory_holds_no_input_of_the_type(@TempDir Path empty) {
            CliRun run = CliRun.of("batch", "render", empty.toString(), "--out", empty.resolve("out").toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban batch render: no .json file in [" + empty + "]\n");
        }

        @Test
        void exits_2_when_a_level_needs_a_tsa(@TempDir Path work) {
            CliRun run = CliRun.of("batch", "sign", work.toString(), "--out", work.resolve("o").toString(),
                    "--keystore", "k.p12", "--password-env", PASSWORD_ENV, "--level", "B-LT");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban batch sign: --level B-LT needs --tsa URL, a time-stamp authority\n");
        }
    }
}
