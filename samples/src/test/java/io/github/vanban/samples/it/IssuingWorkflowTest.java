// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.it;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.enumerations.Indication;
import io.github.vanban.samples.cli.CliFixtures;
import io.github.vanban.samples.cli.ExitCode;
import io.github.vanban.samples.cli.VanbanCommand;
import io.github.vanban.signing.testing.DssOracle;
import io.github.vanban.signing.testing.Pdfsig;
import io.github.vanban.signing.testing.TestPki;
import io.github.vanban.signing.testing.VeraPdf;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed letter through the whole Decree 30 workflow, one {@code vanban} command per step as an
 * office would script it: render, the leader signs (B-T), the records office issues number 15 of
 * 20 April 2023, the organisation seals (B-LT). Independent validators then check the result.
 */
class IssuingWorkflowTest {
    static final CliFixtures FIX = CliFixtures.get();

    /** One run of the workflow per JVM, shared by the checks. */
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    @Nested
    class the_seed_letter_rendered_signed_issued_and_sealed_through_the_cli {
        Path letter;
        Path docx;
        Path approved;
        Path numbered;
        Path sealed;
        byte[] approvedBytes;

        @BeforeAll
        void run_every_step(@TempDir Path dir) throws IOException {
            letter = dir.resolve("cong-van.pdf");
            docx = dir.resolve("cong-van.docx");
            approved = dir.resolve("cong-van-approved.pdf");
            numbered = dir.resolve("cong-van-numbered.pdf");
            sealed = dir.resolve("cong-van-issued.pdf");
            vanban("render", CliFixtures.SEED.toString(), "--pdf", letter.toString(), "--docx", docx.toString());
            vanban("sign", letter.toString(), approved.toString(),
                    "--keystore", FIX.leaderKeystore().toString(), "--password-env", CliFixtures.PASSWORD_ENV,
                    "--level", "B-T", "--tsa", FIX.tsa(),
                    "--field", "vanban_signer", "--image", FIX.signaturePng().toString());
            approvedBytes = Files.readAllBytes(approved);
            vanban("issue", approved.toString(), numbered.toString(), "--number", "15", "--date", "2023-04-20");
            vanban("sign", numbered.toString(), sealed.toString(),
                    "--keystore", FIX.organisationKeystore().toString(), "--password-env", CliFixtures.PASSWORD_ENV,
                    "--level", "B-LT", "--tsa", FIX.tsa(),
                    "--field", "vanban_seal", "--seal", FIX.sealPng().toString(), "--seal-mm", "36");
        }

        @Test
        @Order(1)
        void eu_dss_passes_both_signatures_with_the_test_root_as_the_only_trust_anchor() throws IOException {
            DssOracle.Result dss = DssOracle.validate(sealed, FIX.pki(), DssOracle.Revocation.OFFLINE);

            assertThat(dss.signatureIds()).hasSize(2);
            for (String id : dss.signatureIds()) {
                assertThat(dss.indication(id)).as(dss.summary()).isEqualTo(Indication.TOTAL_PASSED);
            }
            assertThat(dss.signatureIds().stream().map(dss::signedBy))
                    .containsExactlyInAnyOrder("Trần Văn Tuấn", "Sở Khoa học và Công nghệ tỉnh Lai Châu");
            // EU DSS 6.4 reports no modification after either signature: no undefined or
            // annotation change, no page or visual difference (the annotation overlap it notes is
            // the seal over the left third of the leader's signature, as Decree 30 wants).
            assertThat(dss.disallowedModifications()).as(dss.summary()).isEmpty();
            // DSS meets each widget on three paths. /Pages /Annots and /AcroForm /Fields file the
            // clerk's /V and the seal's signature as a form fill or signature; the structure tree
            // reaches the same widget through /OBJR /Obj, which DSS visits once, first through
            // /StructTreeRoot /ParentTree (isStructTreeRootChange: an extension) because the
            // renderer writes /ParentTree before /K (through /K they would be "undefined").
            assertThat(dss.reports().getDiagnosticData().getSignatures()).allSatisfy(s -> {
                assertThat(s.getPDFRevision().getPdfUndefinedChanges()).as(s.getId()).isEmpty();
                assertThat(s.getPDFRevision().getPdfSignatureOrFormFillChanges()).as(s.getId())
                        .allSatisfy(c -> assertThat(c.getValue()).doesNotContain("/StructTreeRoot"));
                assertThat(s.getPDFRevision().getPdfExtensionChanges()).as(s.getId())
                        .allSatisfy(c -> assertThat(c.getValue()).matches("/Catalog /DSS .*"
                                + "|/Catalog /StructTreeRoot \\d+ 0 R /ParentTree .*"));
            });
            // ... and it did see them: the number, the day and the seal's signature on the
            // fields, after the leader signed
            String leader = dss.signatureIds().stream().filter(id -> dss.signedBy(id).equals("Trần Văn Tuấn"))
                    .findFirst().orElseThrow();
            assertThat(dss.reports().getDiagnosticData().getSignatureById(leader).getPDFRevision()
                    .getPdfSignatureOrFormFillChanges())
                    .filteredOn(c -> c.getValue().matches("/Catalog /AcroForm \\d+ 0 R /Fields \\d+ 0 R /V( .*)?"))
                    .hasSize(3);
        }

        @Test
        @Order(2)
        void pdfsig_says_both_signatures_are_valid_and_trusted() {
            List<Pdfsig.Signature> signatures = Pdfsig.check(sealed, FIX.signing().nssDatabase());

            assertThat(signatures).hasSize(2).allMatch(Pdfsig.Signature::isValid).allMatch(Pdfsig.Signature::isTrusted);
            // B-LT appends the validation data (/DSS) after the seal's revision
            assertThat(signatures).noneMatch(Pdfsig.Signature::coversWholeDocument);
        }

        @Test
        @Order(3)
        void every_step_stays_pdf_a_2b() {
            for (Path pdf : List.of(letter, approved, numbered, sealed)) {
                assertThat(VeraPdf.pdfA2bFailures(pdf)).as(pdf.getFileName().toString()).isEmpty();
            }
        }

        @Test
        @Order(4)
        void pdftotext_shows_the_assigned_number_and_date() throws Exception {
            Process p = new ProcessBuilder("pdftotext", "-layout", sealed.toString(), "-").redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).isZero();

            // The number sits right-aligned against the printed "/SKHCN-VP", the day centred in
            // its gap (the fields' /Q); pdftotext keeps the spaces of the blank before the number.
            String words = text.replaceAll("\\s+", " ");
            assertThat(words).containsPattern("Số: 15/SKHCN-VP ").contains("ngày 20 tháng 4 năm 2023");
        }

        @Test
        @Order(5)
        void vanban_verify_trusting_only_the_test_root_exits_0() throws IOException {
            Path root = Files.writeString(sealed.resolveSibling("root.pem"), TestPki.pem(FIX.pki().root().certificate()));
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();

            int code = VanbanCommand.run(new PrintWriter(out, true), new PrintWriter(err, true),
                    "verify", sealed.toString(), "--trust", root.toString());

            assertThat(code).as(out + err.toString()).isEqualTo(ExitCode.OK);
            assertThat(out.toString()).startsWith("Kết quả / Result: hợp lệ / valid\n")
                    .contains("'vanban_signer' (APPROVAL, B_LT): hợp lệ / valid",
                            "'vanban_seal' (APPROVAL, B_LT): hợp lệ / valid");
        }

        @Test
        @Order(5)
        void vanban_inspect_without_trust_anchors_calls_both_signatures_intact() {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();

            VanbanCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), "inspect", sealed.toString());

            assertThat(out.toString()).as(err.toString())
                    .containsPattern("Signature: vanban_signer: Trần Văn Tuấn, .*; intact; trust not checked")
                    .containsPattern("Signature: vanban_seal: .*; intact; trust not checked")
                    .doesNotContain("not permitted");
        }

        @Test
        @Order(6)
        void leaves_every_earlier_step_untouched_and_renders_the_docx_too() throws IOException {
            assertThat(Files.readAllBytes(approved)).isEqualTo(approvedBytes);
            byte[] sealedBytes = Files.readAllBytes(sealed);
            assertThat(sealedBytes.length).isGreaterThan(approvedBytes.length);
            // incremental updates only: the approved revision is a prefix of the final file
            assertThat(java.util.Arrays.copyOf(sealedBytes, approvedBytes.length)).isEqualTo(approvedBytes);
            assertThat(docx).isRegularFile();
        }
    }

    private static void vanban(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = VanbanCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        assertThat(code).as("vanban %s%n%s%s", String.join(" ", args), out, err).isEqualTo(ExitCode.OK);
    }
}
