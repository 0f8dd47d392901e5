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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
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
            // The renderer's PDF is tagged, so each widget is also reached from the structure tree
            // (/StructTreeRoot … /Obj). DSS 6.4 files the changes it finds along that path as
            // "undefined" rather than as form fill and signing; they must be exactly the permitted
            // ones: /V of the number and day fields, /Rect and /V of the seal field being signed.
            Map<Integer, String> fields = fieldObjects(sealed);
            assertThat(dss.disallowedModifications()).as(dss.summary()).isNotEmpty().allSatisfy(change -> {
                Matcher m = OBJ_CHANGE.matcher(change);
                assertThat(m.find()).as(change).isTrue();
                String field = fields.get(Integer.parseInt(m.group(1)));
                assertThat(field + " " + m.group(2)).as(change).isIn(
                        "vanban_number /V", "vanban_day /V", "vanban_seal /Rect", "vanban_seal /V");
            });
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

            // The number and day are widget appearances beside the page text, so pdftotext puts
            // the gaps of the fields' boxes around them: "Số:   15 /SKHCN-VP".
            String words = text.replaceAll("\\s+", " ");
            assertThat(words).containsPattern("Số: 15 ?/SKHCN-VP").contains("ngày 20 tháng 4 năm 2023");
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

    private static final Pattern OBJ_CHANGE = Pattern.compile("/Obj (\\d+) 0 R (/\\w+)");

    /** Maps the object number of each form field (merged with its widget) to its name. */
    private static Map<Integer, String> fieldObjects(Path pdf) throws IOException {
        Map<Integer, String> fields = new HashMap<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm();
            for (PDField field : form.getFieldTree()) {
                COSObjectKey key = field.getCOSObject().getKey();
                if (key != null) {
                    fields.put((int) key.getNumber(), field.getFullyQualifiedName());
                }
            }
        }
        return fields;
    }

    private static void vanban(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = VanbanCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        assertThat(code).as("vanban %s%n%s%s", String.join(" ", args), out, err).isEqualTo(ExitCode.OK);
    }
}
