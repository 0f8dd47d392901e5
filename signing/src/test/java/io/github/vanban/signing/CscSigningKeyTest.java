// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import io.github.vanban.signing.testing.CscStub;
import io.github.vanban.signing.testing.DssOracle;
import io.github.vanban.signing.testing.SigningFixtures;
import io.github.vanban.signing.testing.TestImages;
import io.github.vanban.signing.testing.TestPdfs;
import io.github.vanban.signing.testing.TestPki;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSC API v2 client against a loopback service holding a real key. */
class CscSigningKeyTest {
    static final SigningFixtures FIX = SigningFixtures.get();

    static CscSigningKey key(CscStub stub, String token, String pin, List<char[]> handedOut) {
        return CscSigningKey.builder().baseUrl(stub.baseUrl()).accessToken(token.toCharArray())
                .credentialId(CscStub.CREDENTIAL).pin(() -> {
                    char[] p = pin.toCharArray();
                    handedOut.add(p);
                    return p;
                }).build();
    }

    static void assertPassed(Path pdf, DssOracle.Revocation revocation, SignatureLevel level) {
        DssOracle.Result dss = DssOracle.validate(pdf, FIX.pki(), revocation);
        String id = dss.signatureIds().get(0);
        assertThat(dss.indication(id)).as(dss.summary()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(dss.format(id)).isEqualTo(level);
    }

    @Nested
    class with_an_rsa_credential {
        @Test
        void signs_a_visible_b_t_signature_that_dss_accepts_and_clears_the_pin(@TempDir Path dir) {
            List<char[]> pins = new ArrayList<>();
            try (CscStub stub = CscStub.start(FIX.pki().leader(), "token-1", "246810")) {
                CscSigningKey key = key(stub, "token-1", "246810", pins);
                assertThat(key.certificateChain()).isEqualTo(FIX.pki().leader().chain());
                Path input = TestPdfs.letter(dir.resolve("letter.pdf"), TestPdfs.Letter.unassigned());
                Path out = dir.resolve("signed.pdf");
                FIX.signerBuilder().key(key).build().sign(input, out, SignRequest.builder()
                        .level(PadesLevel.B_T).fieldName("vanban_signer")
                        .appearance(Appearance.signature(TestImages.blueSignature())).build());
                assertPassed(out, DssOracle.Revocation.LOOPBACK, SignatureLevel.PAdES_BASELINE_T);
            }
            assertThat(pins).hasSize(1);
            assertThat(pins.get(0)).containsOnly('\0');
        }
    }

    @Nested
    class with_an_ecdsa_credential_answering_raw_r_and_s {
        @Test
        void converts_the_value_to_der(@TempDir Path dir) {
            TestPki.Identity ec = FIX.pki().ecSigner();
            try (CscStub stub = CscStub.start(ec, "token-2", "1111")) {
                Path input = TestPdfs.appendix(dir.resolve("appendix.pdf"));
                Path out = dir.resolve("signed.pdf");
                FIX.signerBuilder().key(key(stub, "token-2", "1111", new ArrayList<>())).build()
                        .sign(input, out, SignRequest.builder().build());
                assertPassed(out, DssOracle.Revocation.LOOPBACK, SignatureLevel.PAdES_BASELINE_B);
            }
        }
    }

    @Nested
    class reports_the_service_error {
        @Test
        void for_a_wrong_pin(@TempDir Path dir) {
            try (CscStub stub = CscStub.start(FIX.pki().leader(), "token-3", "2468")) {
                CscSigningKey key = key(stub, "token-3", "9999", new ArrayList<>());
                assertThatThrownBy(() -> key.sign(new byte[] {1, 2, 3}, SignatureScheme.RSA_SHA256))
                        .isInstanceOf(SigningException.class)
                        .hasMessage("CSC service " + stub.baseUrl() + "credentials/authorize answered"
                                + " HTTP 400: invalid_request (Invalid PIN)");
            }
        }

        @Test
        void for_a_bad_access_token() {
            try (CscStub stub = CscStub.start(FIX.pki().leader(), "token-4", "2468")) {
                assertThatThrownBy(() -> key(stub, "expired", "2468", new ArrayList<>()))
                        .isInstanceOf(SigningException.class)
                        .hasMessage("CSC service " + stub.baseUrl() + "credentials/info answered"
                                + " HTTP 401: invalid_token (The access token is not valid)");
            }
        }
    }
}
