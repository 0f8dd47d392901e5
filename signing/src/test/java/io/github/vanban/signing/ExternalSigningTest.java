// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import io.github.vanban.signing.testing.DssOracle;
import io.github.vanban.signing.testing.SigningFixtures;
import io.github.vanban.signing.testing.TestImages;
import io.github.vanban.signing.testing.TestPdfs;
import io.github.vanban.signing.testing.TestPki;
import io.github.vanban.signing.testing.VeraPdf;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.Signature;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DigestInfo;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two-step flow for remote signing services (prepare → sign elsewhere → complete). */
class ExternalSigningTest {
    static final SigningFixtures FIX = SigningFixtures.get();

    static SignRequest request() {
        return SignRequest.builder().level(PadesLevel.B_LT).fieldName("vanban_signer")
                .appearance(Appearance.signature(TestImages.blueSignature())).build();
    }

    @Nested
    class when_the_service_signs_only_a_hash_and_answers_in_another_process {
        @Test
        void completes_a_b_lt_signature_that_dss_accepts(@TempDir Path dir) throws Exception {
            TestPki.Identity leader = FIX.pki().leader();
            Path input = TestPdfs.letter(dir.resolve("letter.pdf"), TestPdfs.Letter.unassigned());
            Path prepared = dir.resolve("prepared.pdf");
            Path state = dir.resolve("pending.txt");
            PendingSignature pending = FIX.signerBuilder().build()
                    .prepare(input, prepared, request(), leader.chain());
            Files.write(state, pending.encode());

            // The remote side only sees the hash: PKCS#1 v1.5 over DigestInfo(SHA-256, hash).
            byte[] hash = PendingSignature.decode(Files.readAllBytes(state)).digestToSign();
            assertThat(hash).isEqualTo(MessageDigest.getInstance("SHA-256")
                    .digest(pending.dataToBeSigned()));
            Signature raw = Signature.getInstance("NONEwithRSA");
            raw.initSign(leader.keyPair().getPrivate());
            raw.update(new DigestInfo(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash)
                    .getEncoded());
            byte[] value = raw.sign();

            // "Another process": a fresh signer and the decoded state.
            PendingSignature restored = PendingSignature.decode(Files.readAllBytes(state));
            Path output = dir.resolve("signed.pdf");
            SignResult result = FIX.signerBuilder().build().complete(prepared, restored, value, output);

            assertThat(result.signingTime()).isEqualTo(pending.signingTime());
            DssOracle.Result dss = DssOracle.validate(output, FIX.pki(), DssOracle.Revocation.OFFLINE);
            String id = dss.signatureIds().get(0);
            assertThat(dss.indication(id)).as(dss.summary()).isEqualTo(Indication.TOTAL_PASSED);
            assertThat(dss.format(id)).isEqualTo(SignatureLevel.PAdES_BASELINE_LT);
            assertThat(VeraPdf.pdfA2bFailures(output)).isEmpty();
        }
    }

    @Nested
    class refuses {
        @Test
        void a_signature_value_made_with_another_key(@TempDir Path dir) throws Exception {
            Path input = TestPdfs.letter(dir.resolve("letter.pdf"), TestPdfs.Letter.unassigned());
            Path prepared = dir.resolve("prepared.pdf");
            PendingSignature pending = FIX.signerBuilder().build()
                    .prepare(input, prepared, request(), FIX.pki().leader().chain());
            byte[] wrong = FIX.key(FIX.pki().organisation()).sign(pending.dataToBeSigned(),
                    SignatureScheme.RSA_SHA256);
            Path output = dir.resolve("signed.pdf");
            assertThatThrownBy(() -> FIX.signerBuilder().build().complete(prepared, pending, wrong, output))
                    .isInstanceOf(SigningException.class)
                    .hasMessageContaining("does not verify with the key of")
                    .hasMessageContaining("CN=Trần Văn Tuấn");
            assertThat(output).doesNotExist();
        }

        @Test
        void a_prepared_file_that_changed(@TempDir Path dir) throws Exception {
            Path input = TestPdfs.letter(dir.resolve("letter.pdf"), TestPdfs.Letter.unassigned());
            Path prepared = dir.resolve("prepared.pdf");
            PendingSignature pending = FIX.signerBuilder().build()
                    .prepare(input, prepared, request(), FIX.pki().leader().chain());
            Files.write(prepared, "%% tampered".getBytes(), java.nio.file.StandardOpenOption.APPEND);
            byte[] value = FIX.key(FIX.pki().leader()).sign(pending.dataToBeSigned(),
                    SignatureScheme.RSA_SHA256);
            assertThatThrownBy(() -> FIX.signerBuilder().build()
                    .complete(prepared, pending, value, dir.resolve("signed.pdf")))
                    .isInstanceOf(SigningException.class)
                    .hasMessage("Prepared file " + prepared + " is not the one this pending "
                            + "signature was made for (its digest differs)");
        }

        @Test
        void a_pending_state_with_a_missing_entry() {
            assertThatThrownBy(() -> PendingSignature.decode(
                    "vanban-pending-signature-1\nlevel=B_B\n".getBytes()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("encoded pending signature lacks 'chain'");
        }
    }
}
