// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import io.github.vanban.samples.demo.Demo;
import io.github.vanban.signing.testing.DssOracle;
import io.github.vanban.signing.testing.Pdfsig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    /** One demo run per JVM: it takes seconds and every check below reads the same output. */
    private static final class Ran {
        static final Path OUT = createTemp();
        static final CliRun RUN = CliRun.of("demo", "--out", OUT.toString(), "--date", "2026-03-05");

        private static Path createTemp() {
            try {
                return Files.createTempDirectory("vanban-demo-test");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static X509Certificate root() throws Exception {
        try (InputStream in = Files.newInputStream(Ran.OUT.resolve(Demo.ROOT_PEM))) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    @Nested
    class when_run_into_an_empty_directory {
        @Test
        void writes_the_docx_the_pdf_the_signed_pdf_the_root_and_the_previews_and_exits_0() {
            assertThat(Ran.RUN.exitCode()).as(Ran.RUN.err()).isEqualTo(ExitCode.OK);
            assertThat(Ran.RUN.err()).isEmpty();
            for (String name : List.of(Demo.DOCX, Demo.PDF, Demo.LEADER_SIGNED, Demo.SIGNED, Demo.ROOT_PEM,
                    "preview/page-1.png")) {
                assertThat(Ran.OUT.resolve(name)).isNotEmptyFile();
            }
            assertThat(Ran.RUN.out()).startsWith("Files written to " + Ran.OUT + ":\n  " + Demo.DOCX + "\n  "
                    + Demo.PDF + "\n  " + Demo.LEADER_SIGNED + "\n  " + Demo.SIGNED + "\n  " + Demo.ROOT_PEM + "\n  preview/page-1.png\n");
            assertThat(Ran.RUN.out()).contains(
                    "  vanban_signer  VALID  PAdES B-LT (requested B-LT)\n"
                            + "      C=VN,O=Sở Khoa học và Công nghệ tỉnh Lai Châu,CN=Trần Văn Tuấn\n"
                            + "      The signature is valid and the document was not changed after signing.\n",
                    "  vanban_seal  VALID  PAdES B-LT (requested B-LT)\n"
                            + "      C=VN,L=Lai Châu,O=Sở Khoa học và Công nghệ tỉnh Lai Châu,"
                            + "CN=Sở Khoa học và Công nghệ tỉnh Lai Châu\n",
                    "s  issue number 15, date 2026-03-05 and seal (B-LT)\n",
                    "s  render DOCX (alongside)\n",
                    "s  total (wall clock)\n");
        }

        @Test
        void fills_number_and_date_in_the_signed_pdf() throws IOException {
            try (PDDocument pdf = Loader.loadPDF(Ran.OUT.resolve(Demo.SIGNED).toFile())) {
                var form = pdf.getDocumentCatalog().getAcroForm();
                assertThat(form.getField("vanban_number").getValueAsString()).isEqualTo("15");
                assertThat(form.getField("vanban_day").getValueAsString()).isEqualTo("05");
                assertThat(form.getField("vanban_month").getValueAsString()).isEqualTo("3");
                assertThat(form.getField("vanban_year").getValueAsString()).isEqualTo("2026");
            }
        }

        @Test
        void eu_dss_trusting_only_the_demo_root_passes_both_signatures_at_b_lt() throws Exception {
            DssOracle.Result result = DssOracle.validateOffline(Ran.OUT.resolve(Demo.SIGNED), root());

            assertThat(result.signatureIds()).hasSize(2);
            for (String id : result.signatureIds()) {
                assertThat(result.indication(id)).as(result.summary()).isEqualTo(Indication.TOTAL_PASSED);
                assertThat(result.format(id)).isEqualTo(SignatureLevel.PAdES_BASELINE_LT);
            }
            assertThat(result.signatureIds().stream().map(result::signedBy).toList())
                    .containsExactly("Trần Văn Tuấn", "Sở Khoa học và Công nghệ tỉnh Lai Châu");
        }

        @Test
        void pdfsig_with_an_nss_database_trusting_the_demo_root_finds_both_signatures_valid(@TempDir Path nss)
                throws Exception {
            List<Pdfsig.Signature> signatures = Pdfsig.check(Ran.OUT.resolve(Demo.SIGNED),
                    Pdfsig.nssDatabase(nss, root()));

            assertThat(signatures).hasSize(2).allMatch(Pdfsig.Signature::isValid, "Signature is Valid");
        }
    }

    @Nested
    class when_run_again_over_its_own_output {
        @Test
        void replaces_its_files_and_exits_0() throws Exception {
            X509Certificate firstRoot = root();

            CliRun again = CliRun.of("demo", "--out", Ran.OUT.toString(), "--date", "2026-03-05");

            assertThat(again.exitCode()).as(again.err()).isEqualTo(ExitCode.OK);
            // A fresh throw-away PKI each run: the root was replaced, together with the PDFs it signed.
            assertThat(root()).isNotEqualTo(firstRoot);
            DssOracle.Result result = DssOracle.validateOffline(Ran.OUT.resolve(Demo.SIGNED), root());
            assertThat(result.signatureIds()).hasSize(2).allSatisfy(id ->
                    assertThat(result.indication(id)).isEqualTo(Indication.TOTAL_PASSED));
        }
    }

    @Nested
    class when_the_directory_holds_a_file_the_demo_did_not_write {
        @Test
        void keeps_it_writes_nothing_and_exits_2(@TempDir Path out) throws IOException {
            Path foreign = Files.writeString(out.resolve(Demo.PDF), "a clerk's own file");

            CliRun run = CliRun.of("demo", "--out", out.toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban demo: Output directory " + out
                    + " holds files the demo did not write: " + Demo.PDF + "; use --force to overwrite them\n");
            assertThat(foreign).hasContent("a clerk's own file");
            try (var files = Files.list(out)) {
                assertThat(files).containsExactly(foreign);
            }
        }
    }
}
