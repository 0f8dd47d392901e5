// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanban.signing.testing.LoopbackTsa;
import io.github.vanban.signing.testing.SigningFixtures;
import io.github.vanban.signing.testing.TestPdfs;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TsaClientTest {
    static final SigningFixtures FIX = SigningFixtures.get();
    static final byte[] DIGEST = sha256("vanban");

    static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Nested
    class against_a_working_tsa {
        @Test
        void returns_a_token_over_the_digest_with_the_tsa_certificate() throws Exception {
            byte[] der = FIX.tsaClient().timestamp(DIGEST, "SHA-256");
            TimeStampToken token = new TimeStampToken(new CMSSignedData(der));
            assertThat(token.getTimeStampInfo().getMessageImprintDigest()).isEqualTo(DIGEST);
            assertThat(token.getTimeStampInfo().getNonce()).as("nonce sent and echoed").isNotNull();
            assertThat(token.getCertificates().getMatches(null)).isNotEmpty();
        }

        @Test
        void rejects_an_unsupported_digest_name() {
            assertThatThrownBy(() -> FIX.tsaClient().timestamp(DIGEST, "MD5"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("digestAlgorithm must be SHA-256, SHA-384 or SHA-512, was 'MD5'");
        }
    }

    @Nested
    class reports_clearly {
        @Test
        void a_rejection(@TempDir Path dir) {
            try (LoopbackTsa tsa = LoopbackTsa.start(FIX.pki(), Clock.systemUTC(),
                    LoopbackTsa.Behaviour.REJECT)) {
                assertThatThrownBy(() -> TsaClient.of(tsa.url()).timestamp(DIGEST, "SHA-256"))
                        .isInstanceOf(TimestampException.class)
                        .hasMessageStartingWith("TSA " + tsa.url() + " refused the request: status 2");
            }
        }

        @Test
        void an_http_error() {
            try (LoopbackTsa tsa = LoopbackTsa.start(FIX.pki(), Clock.systemUTC(),
                    LoopbackTsa.Behaviour.HTTP_ERROR)) {
                assertThatThrownBy(() -> TsaClient.of(tsa.url()).timestamp(DIGEST, "SHA-256"))
                        .isInstanceOf(TimestampException.class)
                        .hasMessage("Time-stamp request to " + tsa.url() + " failed: " + tsa.url()
                                + " answered HTTP 500");
            }
        }

        @Test
        void a_timeout() {
            try (LoopbackTsa tsa = LoopbackTsa.start(FIX.pki(), Clock.systemUTC(),
                    LoopbackTsa.Behaviour.SLOW)) {
                TsaClient client = TsaClient.builder().url(tsa.url())
                        .readTimeout(Duration.ofMillis(300)).build();
                assertThatThrownBy(() -> client.timestamp(DIGEST, "SHA-256"))
                        .isInstanceOf(TimestampException.class)
                        .hasMessage("Time-stamp request to " + tsa.url() + " failed: " + tsa.url()
                                + " did not answer within PT0.3S");
            }
        }

        @Test
        void a_refused_connection() throws Exception {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            URI url = URI.create("http://127.0.0.1:" + port + "/tsa");
            assertThatThrownBy(() -> TsaClient.of(url).timestamp(DIGEST, "SHA-256"))
                    .isInstanceOf(TimestampException.class)
                    .hasMessageStartingWith("Time-stamp request to " + url + " failed: cannot connect to " + url);
        }

        @Test
        void a_failing_tsa_during_signing_leaves_no_output_and_no_temporary_file(@TempDir Path dir)
                throws Exception {
            Path appendix = TestPdfs.appendix(dir.resolve("appendix.pdf"));
            byte[] before = Files.readAllBytes(appendix);
            try (LoopbackTsa tsa = LoopbackTsa.start(FIX.pki(), Clock.systemUTC(),
                    LoopbackTsa.Behaviour.HTTP_ERROR)) {
                PadesSigner signer = PadesSigner.builder().key(FIX.key(FIX.pki().leader()))
                        .timestampSource(TsaClient.of(tsa.url())).build();
                assertThatThrownBy(() -> signer.sign(appendix, dir.resolve("signed.pdf"),
                        SignRequest.builder().level(PadesLevel.B_T).build()))
                        .isInstanceOf(TimestampException.class);
            }
            assertThat(Files.readAllBytes(appendix)).isEqualTo(before);
            try (var files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString()).toList())
                        .containsExactly("appendix.pdf");
            }
        }
    }

    @Nested
    class its_builder {
        @Test
        void requires_an_http_url() {
            assertThatThrownBy(() -> TsaClient.builder().url(URI.create("ftp://tsa.example")).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("url must be http or https, was 'ftp://tsa.example'");
            assertThatThrownBy(() -> TsaClient.builder().build())
                    .isInstanceOf(IllegalStateException.class).hasMessage("url is required");
        }

        @Test
        void and_the_signer_demand_a_tsa_from_b_t(@TempDir Path dir) {
            Path appendix = TestPdfs.appendix(dir.resolve("appendix.pdf"));
            PadesSigner noTsa = PadesSigner.builder().key(FIX.key(FIX.pki().leader())).build();
            assertThatThrownBy(() -> noTsa.sign(appendix, dir.resolve("o.pdf"),
                    SignRequest.builder().level(PadesLevel.B_T).build()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("level B_T needs a timestampSource; set PadesSigner.Builder.timestampSource");
        }
    }
}
