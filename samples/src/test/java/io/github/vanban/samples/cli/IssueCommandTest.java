// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.signing.testing.Pdfsig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IssueCommandTest {
    static final CliFixtures FIX = CliFixtures.get();

    Path approved;

    @BeforeAll
    void sign_as_the_leader(@TempDir Path shared) {
        approved = shared.resolve("approved.pdf");
        CliRun run = SignCommandTest.signAsLeader(FIX.letterPdf(), approved, "--level", "B-B",
                "--image", FIX.signaturePng().toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    }

    static Map<String, String> pdfFields(Path pdf) {
        Map<String, String> values = new HashMap<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDField field : document.getDocumentCatalog().getAcroForm().getFieldTree()) {
                values.put(field.getFullyQualifiedName(), field.getValueAsString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }

    private CliRun issue(Path out, String... more) {
        String[] args = new String[6 + more.length];
        System.arraycopy(new String[] {"issue", approved.toString(), out.toString(), "--number", "15", "--date"}, 0,
                args, 0, 6);
        System.arraycopy(more, 0, args, 6, more.length);
        return CliRun.of(args);
    }

    @Nested
    class without_a_key {
        @Test
        void fills_the_number_and_day_and_keeps_the_signature_valid(@TempDir Path dir) {
            Path out = dir.resolve("numbered.pdf");

            CliRun run = issue(out, "2023-04-20");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).isEqualTo("Issued as số 15, ngày 20 tháng 4 năm 2023: " + out + "\n");
            assertThat(pdfFields(out)).containsEntry("vanban_number", "15").containsEntry("vanban_day", "20");
            assertThat(Pdfsig.check(out, FIX.signing().nssDatabase())).singleElement().matches(Pdfsig.Signature::isValid);
        }

        @Test
        void refuses_a_date_that_contradicts_the_printed_month(@TempDir Path dir) {
            CliRun run = issue(dir.resolve("o.pdf"), "2023-05-20");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban issue: Page 1 of " + approved
                    + " already prints month 4, which contradicts the issuance (number 15, date 2023-05-20)\n");
            assertThat(dir).isEmptyDirectory();
        }

        @Test
        void refuses_an_unsigned_letter(@TempDir Path dir) {
            CliRun run = CliRun.of("issue", FIX.letterPdf().toString(), dir.resolve("o.pdf").toString(),
                    "--number", "15", "--date", "2023-04-20");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban issue: Cannot issue " + FIX.letterPdf()
                    + ": it has no signature of the competent person yet (Decree 30 Art. 32(2)(d))\n");
            assertThat(dir).isEmptyDirectory();
        }
    }

    @Nested
    class with_the_organisation_key_and_seal {
        @Test
        void fills_the_fields_and_seals_into_vanban_seal(@TempDir Path dir) {
            Path out = dir.resolve("issued.pdf");

            CliRun run = issue(out, "2023-04-20", "--keystore", FIX.organisationKeystore().toString(),
                    "--password-env", CliFixtures.PASSWORD_ENV, "--seal", FIX.sealPng().toString(),
                    "--seal-mm", "36", "--level", "B-B");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).startsWith("Issued as số 15, ngày 20 tháng 4 năm 2023, sealed in vanban_seal at B-B by "
                    + "Sở Khoa học và Công nghệ tỉnh Lai Châu, ");
            assertThat(Pdfsig.check(out, FIX.signing().nssDatabase())).hasSize(2).allMatch(Pdfsig.Signature::isValid);
        }

        @Test
        void wants_the_seal_image_with_the_key(@TempDir Path dir) {
            CliRun run = issue(dir.resolve("o.pdf"), "2023-04-20", "--keystore", FIX.organisationKeystore().toString(),
                    "--password-env", CliFixtures.PASSWORD_ENV, "--level", "B-B");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban issue: the organisation's signature needs --seal seal.png"
                    + " (Decree 30/2020/NĐ-CP Appendix I II.8.a)\n");
        }

        @Test
        void wants_the_key_with_the_seal_image(@TempDir Path dir) {
            CliRun run = issue(dir.resolve("o.pdf"), "2023-04-20", "--seal", FIX.sealPng().toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo(
                    "vanban issue: sealing needs the organisation's key: give --keystore K.p12 or --pkcs11 CFG\n");
        }
    }

    @Nested
    class with_bad_usage {
        @Test
        void refuses_a_date_that_is_not_iso(@TempDir Path dir) {
            CliRun run = issue(dir.resolve("o.pdf"), "20/04/2023");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).startsWith("Invalid value for option '--date': '20/04/2023' is not a date;"
                    + " expected YYYY-MM-DD, e.g. 2023-04-20");
        }

        @Test
        void wants_the_number() {
            CliRun run = CliRun.of("issue", "a.pdf", "b.pdf", "--date", "2023-04-20");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).startsWith("Missing required option: '--number=N'");
        }

        @Test
        void refuses_number_zero(@TempDir Path dir) {
            CliRun run = CliRun.of("issue", approved.toString(), dir.resolve("o.pdf").toString(),
                    "--number", "0", "--date", "2023-04-20");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban issue: --number must be 1 or more, was 0\n");
        }
    }
}
