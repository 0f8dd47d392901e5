// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import io.github.vanban.signing.testing.DssOracle;
import io.github.vanban.signing.testing.SigningFixtures;
import io.github.vanban.signing.testing.SoftHsm;
import io.github.vanban.signing.testing.TestImages;
import io.github.vanban.signing.testing.TestPdfs;
import io.github.vanban.signing.testing.VeraPdf;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyStoreSigningKeyTest {
    static final SigningFixtures FIX = SigningFixtures.get();

    @Nested
    class on_a_softhsm2_pkcs11_token {
        @Test
        void signs_a_b_lt_signature_that_dss_accepts(@TempDir Path dir) {
            assumeTrue(SoftHsm.unavailable().isEmpty(), () -> SoftHsm.unavailable().orElse(""));
            int slot = SoftHsm.tokenWith(FIX.pki().leader(), "leader");
            char[] pin = SoftHsm.PIN.toCharArray();
            SigningKey key = KeyStoreSigningKey.pkcs11(SoftHsm.LIBRARY, slot, pin, Optional.of("leader"));
            assertThat(pin).as("PIN cleared after use").containsOnly('\0');
            assertThat(key.certificateChain().get(0)).isEqualTo(FIX.pki().leader().certificate());

            Path input = TestPdfs.letter(dir.resolve("letter.pdf"), TestPdfs.Letter.unassigned());
            Path output = dir.resolve("signed.pdf");
            FIX.signerBuilder().key(key).build().sign(input, output, SignRequest.builder()
                    .level(PadesLevel.B_LT).fieldName("vanban_signer")
                    .appearance(Appearance.signature(TestImages.blueSignature())).build());

            DssOracle.Result dss = DssOracle.validate(output, FIX.pki(), DssOracle.Revocation.OFFLINE);
            String id = dss.signatureIds().get(0);
            assertThat(dss.indication(id)).as(dss.summary()).isEqualTo(Indication.TOTAL_PASSED);
            assertThat(dss.format(id)).isEqualTo(SignatureLevel.PAdES_BASELINE_LT);
            assertThat(VeraPdf.pdfA2bFailures(output)).isEmpty();
        }

        @Test
        void reports_a_missing_module_as_a_signing_exception_and_clears_the_pin() {
            // A wrong PIN cannot be shown in-process: SoftHSM keeps the token logged in for the
            // whole JVM once any provider has logged in.
            char[] pin = "000000".toCharArray();
            Path missing = Path.of("/nonexistent/libpkcs11.so");
            assertThatThrownBy(() -> KeyStoreSigningKey.pkcs11(missing, 0, pin, Optional.empty()))
                    .isInstanceOf(SigningException.class)
                    .hasMessageStartingWith("Cannot open PKCS#11 token " + missing + " (slot index 0)");
            assertThat(pin).containsOnly('\0');
        }
    }

    @Nested
    class from_a_pkcs12_file {
        @Test
        void clears_the_password_and_names_a_missing_alias(@TempDir Path dir) {
            Path p12 = dir.resolve("leader.p12");
            FIX.pki().leader().writePkcs12(p12, "pw".toCharArray());
            char[] password = "pw".toCharArray();
            assertThatThrownBy(() -> KeyStoreSigningKey.pkcs12(p12, password, Optional.of("nobody")))
                    .isInstanceOf(SigningException.class)
                    .hasMessage("PKCS#12 file " + p12 + " has no key entry named 'nobody'");
            assertThat(password).containsOnly('\0');
        }

        @Test
        void rejects_a_wrong_password(@TempDir Path dir) {
            Path p12 = dir.resolve("leader.p12");
            FIX.pki().leader().writePkcs12(p12, "pw".toCharArray());
            assertThatThrownBy(() -> KeyStoreSigningKey.pkcs12(p12, "nope".toCharArray(),
                    Optional.empty()))
                    .isInstanceOf(SigningException.class)
                    .hasMessage("Cannot open PKCS#12 file " + p12 + ": wrong password");
        }

        @Test
        void refuses_a_scheme_for_another_key_type() {
            SigningKey key = FIX.key(FIX.pki().leader());
            assertThatThrownBy(() -> key.sign(new byte[] {1}, SignatureScheme.ECDSA_SHA256))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("scheme ECDSA_SHA256 needs an EC key but PKCS#12 file");
            assertThat(Arrays.asList(SignatureScheme.values())).contains(SignatureScheme.RSA_PSS_SHA256);
        }
    }
}
