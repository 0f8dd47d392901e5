// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.core.json.DocumentJson;
import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.model.DocumentNumber;
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
