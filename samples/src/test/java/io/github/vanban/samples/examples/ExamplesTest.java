// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.examples;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.enumerations.Indication;
import io.github.vanban.core.json.DocumentJson;
import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.model.DocumentNumber;
import io.github.vanban.core.model.IssueDate;
import io.github.vanban.core.render.pdf.PdfRenderer;
import io.github.vanban.core.validation.ValidationReport;
import io.github.vanban.signing.PadesLevel;
import io.github.vanban.signing.SignResult;
import io.github.vanban.signing.testing.DssOracle;
import io.github.vanban.signing.testing.SigningFixtures;
import io.github.vanban.signing.testing.TestImages;
import io.github.vanban.signing.testing.TestPki;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DigestInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExamplesTest {
    private static final Path SEED = Path.of("documents", "cong-van-lai-chau.json");
    private static final char[] PASSWORD = "examples".toCharArray();

    private Path dir;
    private Path letterPdf;
    private Path signature;
    private Path seal;
    private URI tsa;
    private TestPki pki;

    @BeforeAll
    void renderTheLetterAndWriteTheKeys(@TempDir Path shared) throws IOException {
        dir = shared;
        SigningFixtures fixtures = SigningFixtures.get();
        pki = fixtures.pki();
        tsa = fixtures.tsa().url();
        AdministrativeDocument letter = DocumentJson.read(SEED).toBuilder().date(IssueDate.pending()).build();
        letterPdf = dir.resolve("letter.pdf");
        PdfRenderer.create().render(letter, letterPdf);
        pki.leader().writePkcs12(dir.resolve("leader.p12"), PASSWORD);
        pki.organisation().writePkcs12(dir.resolve("organisation.p12"), PASSWORD);
        signature = Files.write(dir.resolve("signature.png"), TestImages.blueSignature().bytes());
        seal = Files.write(dir.resolve("seal.png"), TestImages.redSeal().bytes());
    }

    private static int signatures(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getSignatureDictionaries().size();
        }
    }

    @Nested
    class render {
        @Test
        void writes_pdf_and_docx_of_a_letter_that_follows_decree_30(@TempDir Path out) {
            ValidationReport report = RenderExample.render(SEED, out.resolve("a.pdf"), out.resolve("a.docx"));

            assertThat(report.hasErrors()).isFalse();
            assertThat(out.resolve("a.pdf")).isNotEmptyFile();
            assertThat(out.resolve("a.docx")).isNotEmptyFile();
        }

        @Test
        void writes_nothing_for_a_letter_that_breaks_a_rule(@TempDir Path out) throws IOException {
            Path broken = Files.writeString(out.resolve("broken.json"),
                    Files.readString(SEED).replace(",\n    \"Lưu: VT, VP\"", ""));

            ValidationReport report = RenderExample.render(broken, out.resolve("b.pdf"), out.resolve("b.docx"));

            assertThat(report.summary()).isEqualTo("1 error, 0 warnings");
            assertThat(out.resolve("b.pdf")).doesNotExist();
            assertThat(out.resolve("b.docx")).doesNotExist();
        }
    }

    @Nested
    class sign_then_issue {
        @Test
        void gives_a_letter_with_the_leader_signature_and_the_seal_that_eu_dss_passes(@TempDir Path out)
                throws IOException {
            Path signed = out.resolve("signed.pdf");
            Path issued = out.resolve("issued.pdf");

            SignResult leader = SignExample.sign(letterPdf, signed, dir.resolve("leader.p12"), PASSWORD.clone(),
                    signature, tsa);
            SignResult sealed = IssueExample.issue(signed, issued, dir.resolve("organisation.p12"), PASSWORD.clone(),
                    seal, tsa, 15, LocalDate.of(2026, 3, 5));

            assertThat(leader.fieldName()).isEqualTo("vanban_signer");
            assertThat(sealed.fieldName()).isEqualTo("vanban_seal");
            assertThat(sealed.level()).isEqualTo(PadesLevel.B_LT);
            DssOracle.Result result = DssOracle.validate(issued, pki, DssOracle.Revocation.OFFLINE);
            assertThat(result.signatureIds()).hasSize(2).allSatisfy(id ->
                    assertThat(result.indication(id)).as(result.summary()).isEqualTo(Indication.TOTAL_PASSED));
            assertThat(VerifyExample.verify(issued, root(out))).containsExactly(
                    "vanban_signer: VALID - Chữ ký hợp lệ.",
                    "vanban_seal: VALID - Chữ ký hợp lệ.",
                    "document: VALID");
        }

        @Test
        void verify_says_invalid_for_a_letter_changed_after_signing(@TempDir Path out) throws IOException {
            Path signed = out.resolve("signed.pdf");
            SignExample.sign(letterPdf, signed, dir.resolve("leader.p12"), PASSWORD.clone(), signature, tsa);
            byte[] bytes = Files.readAllBytes(signed);
            int at = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("<dc:title>") + 20;
            bytes[at] = (byte) (bytes[at] == 'X' ? 'Y' : 'X');
            Files.write(signed, bytes);

            assertThat(VerifyExample.verify(signed, root(out)))
                    .first().asString().startsWith("vanban_signer: INVALID - ");
        }

        private Path root(Path out) throws IOException {
            return Files.writeString(out.resolve("root.pem"), TestPki.pem(pki.root().certificate()));
        }
    }

    @Nested
    class sign_through_a_remote_service {
        /** A stand-in for a CSC signHash endpoint: RSA PKCS#1 v1.5 over a SHA-256 DigestInfo. */
        private RemoteSignExample.RemoteService service(TestPki.Identity identity) {
            return new RemoteSignExample.RemoteService() {
                @Override
                public List<X509Certificate> certificateChain() {
                    return identity.chain();
                }

                @Override
                public byte[] signDigest(byte[] sha256) {
                    try {
                        Signature rsa = Signature.getInstance("NONEwithRSA");
                        rsa.initSign(identity.keyPair().getPrivate());
                        rsa.update(new DigestInfo(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256,
                                DERNull.INSTANCE), sha256).getEncoded());
                        return rsa.sign();
                    } catch (GeneralSecurityException | IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
            };
        }

        @Test
        void prepares_gets_the_digest_signed_and_completes_a_b_t_signature(@TempDir Path out) throws IOException {
            Path signed = out.resolve("remote.pdf");

            SignResult result = RemoteSignExample.sign(letterPdf, out.resolve("prepared.pdf"), signed,
                    service(pki.leader()), tsa);

            assertThat(result.level()).isEqualTo(PadesLevel.B_T);
            assertThat(signatures(signed)).isEqualTo(1);
            DssOracle.Result dss = DssOracle.validate(signed, pki, DssOracle.Revocation.LOOPBACK);
            assertThat(dss.indication(dss.signatureIds().get(0))).as(dss.summary()).isEqualTo(Indication.TOTAL_PASSED);
        }
    }

    @Nested
    class read_an_incoming_document {
        @Test
        void finds_number_and_subject_of_a_rendered_letter(@TempDir Path out) {
            AdministrativeDocument seed = DocumentJson.read(SEED);
            Path incoming = out.resolve("incoming.pdf");
            PdfRenderer.create().render(seed.toBuilder()
                    .number(DocumentNumber.of(15, seed.number().symbol()))
                    .date(IssueDate.of(LocalDate.of(2023, 4, 20)))
                    .build(), incoming);

            List<String> lines = ReadIncomingExample.register(incoming);

            assertThat(lines).hasSize(3);
            assertThat(lines.get(0)).isEqualTo("number: 15/SKHCN-VP");
            assertThat(lines.get(1)).startsWith("subject: tổ chức các hoạt động hưởng ứng Ngày Đổi mới sáng tạo "
                    + "thế giới năm 2023 (confidence ");
            assertThat(lines.get(2)).isEqualTo("not found: []");
        }
    }
}
