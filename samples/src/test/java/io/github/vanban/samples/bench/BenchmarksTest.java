// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import io.github.vanban.core.model.DocumentType;
import io.github.vanban.core.parse.FieldName;
import io.github.vanban.core.parse.IncomingDocument;
import io.github.vanban.signing.PadesLevel;
import io.github.vanban.signing.testing.DssOracle;
import io.github.vanban.signing.testing.SigningFixtures;
import io.github.vanban.signing.testing.TestPdfs;
import io.github.vanban.signing.verify.Verdict;
import io.github.vanban.signing.verify.VerificationReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every benchmark method once and checks that it does the work its name claims, so that the
 * numbers in BENCHMARKS.md measure correct output (speed itself is measured by JMH only).
 */
class BenchmarksTest {
    static final SigningFixtures FIX = SigningFixtures.get();

    @Nested
    class render {
        final RenderBenchmark bench = new RenderBenchmark();

        render() {
            bench.setUp();
        }

        @Test
        void pdf_is_the_one_page_letter_with_the_signature_field() throws IOException {
            try (PDDocument pdf = Loader.loadPDF(bench.renderPdf())) {
                assertThat(pdf.getNumberOfPages()).isEqualTo(1);
                assertThat(pdf.getDocumentCatalog().getAcroForm().getField("vanban_signer"))
                        .isInstanceOf(PDSignatureField.class);
            }
        }

        @Test
        void docx_is_a_word_package() throws IOException {
            List<String> entries = new ArrayList<>();
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bench.renderDocx()))) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                    entries.add(e.getName());
                }
            }
            assertThat(entries).contains("[Content_Types].xml", "word/document.xml");
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class sign {
        final SignBenchmark bench = new SignBenchmark();

        @BeforeAll
        void set_up() throws IOException {
            bench.setUp();
        }

        @AfterAll
        void tear_down() throws IOException {
            bench.tearDown();
        }

        @Test
        void vanban_b_b_fills_vanban_signer_and_dss_accepts_it() {
            assertThat(bench.vanbanBaselineB().fieldName()).isEqualTo("vanban_signer");
            assertPassed(bench.vanbanOut, DssOracle.Revocation.LOOPBACK,
                    SignatureLevel.PAdES_BASELINE_B);
        }

        @Test
        void dss_b_b_fills_vanban_signer_with_the_same_signer() throws IOException {
            Path out = bench.dssBaselineB();
            assertPassed(out, DssOracle.Revocation.LOOPBACK, SignatureLevel.PAdES_BASELINE_B);
            try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
                PDSignatureField field = (PDSignatureField) pdf.getDocumentCatalog().getAcroForm()
                        .getField("vanban_signer");
                assertThat(field.getSignature()).as("DSS signed the renderer's field").isNotNull();
            }
        }

        @Test
        void vanban_b_lt_validates_offline() {
            assertThat(bench.vanbanBaselineLt().level()).isEqualTo(PadesLevel.B_LT);
            assertPassed(bench.ltOut, DssOracle.Revocation.OFFLINE,
                    SignatureLevel.PAdES_BASELINE_LT);
        }

        private void assertPassed(Path pdf, DssOracle.Revocation revocation, SignatureLevel level) {
            DssOracle.Result dss = DssOracle.validate(pdf, FIX.pki(), revocation);
            assertThat(dss.signatureIds()).hasSize(1);
            String id = dss.signatureIds().get(0);
            assertThat(dss.indication(id)).as(dss.summary()).isEqualTo(Indication.TOTAL_PASSED);
            assertThat(dss.format(id)).isEqualTo(level);
            assertThat(dss.signedBy(id)).isEqualTo(TestPdfs.SIGNER_NAME);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class verify {
        final VerifyBenchmark bench = new VerifyBenchmark();

        @BeforeAll
        void set_up() throws IOException {
            bench.setUp();
        }

        @Test
        void vanban_finds_the_b_lt_letter_valid_offline() {
            VerificationReport report = bench.vanbanVerify();
            assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.VALID);
            assertThat(report.signatures()).hasSize(1);
        }

        @Test
        void dss_validates_the_b_lt_letter_offline() {
            DssOracle.Result dss = bench.dssValidate();
            String id = dss.signatureIds().get(0);
            assertThat(dss.indication(id)).as(dss.summary()).isEqualTo(Indication.TOTAL_PASSED);
            assertThat(dss.format(id)).isEqualTo(SignatureLevel.PAdES_BASELINE_LT);
        }
    }

    @Nested
    class read {
        final ReadBenchmark bench = new ReadBenchmark();

        read() {
            bench.setUp();
        }

        @Test
        void pdf_yields_the_letters_type() {
            assertType(bench.readPdf());
        }

        @Test
        void docx_yields_the_letters_type() {
            assertType(bench.readDocx());
        }

        private void assertType(IncomingDocument document) {
            assertThat(document.field(FieldName.TYPE)).map(f -> (Object) f.value())
                    .contains(DocumentType.CONG_VAN);
        }
    }

    @Nested
    class helper_programs {
        @Test
        void bench_files_writes_the_inputs_and_reports_their_sizes(@TempDir Path dir)
                throws IOException {
            String line = BenchFiles.write(dir);
            assertThat(line).matches("pdf_bytes=\\d+ pdf_pages=1 docx_bytes=\\d+");
            assertThat(line).contains("pdf_bytes=" + Files.size(dir.resolve("letter.pdf")))
                    .contains("docx_bytes=" + Files.size(dir.resolve("letter.docx")));
            assertThat(dir.resolve("signer.p12")).isNotEmptyFile();
        }

        @Test
        void big_pdf_big_sign_and_big_verify_handle_a_file_of_the_requested_size(@TempDir Path dir)
                throws Exception {
            Path big = dir.resolve("big.pdf");
            assertThat(BigPdf.write(big, 5)).matches("big_pdf_bytes=\\d+ big_pdf_pages=2");
            assertThat(Files.size(big)).isGreaterThan(5L * 1024 * 1024);
            Path p12 = BenchInputs.signerPkcs12(dir.resolve("signer.p12"));
            Path signed = dir.resolve("signed.pdf");
            assertThat(BigSign.sign(big, signed, p12))
                    .matches("big_sign_ms=\\d+ heap_peak_mib=\\d+ heap_max_mib=\\d+ signed_bytes=\\d+");
            DssOracle.Result dss = DssOracle.validate(signed, FIX.pki(),
                    DssOracle.Revocation.LOOPBACK);
            String id = dss.signatureIds().get(0);
            assertThat(dss.indication(id)).as(dss.summary()).isEqualTo(Indication.TOTAL_PASSED);
            // B-B carries no revocation data and BigVerify works offline: the signature is intact
            // but its certificate status is unknown.
            assertThat(BigVerify.verify(signed, p12)).matches(
                    "big_verify_ms=\\d+ verdict=INDETERMINATE heap_peak_mib=\\d+ heap_max_mib=\\d+");
        }
    }
}
