// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.signing.testing.TestPki;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoopbackOcspResponderTest {
    private LoopbackOcspResponder responder;
    private TestPki pki;

    @BeforeAll
    void start() {
        responder = LoopbackOcspResponder.bind();
        pki = new TestPki(responder.url(), "http://127.0.0.1:9/crl");
        responder.serve(() -> pki);
    }

    @AfterAll
    void stop() {
        responder.close();
    }

    private SingleResp ask(BigInteger serial) throws Exception {
        CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                new JcaX509CertificateHolder(pki.intermediate().certificate()), serial);
        byte[] request = new OCSPReqBuilder().addRequest(id).build().getEncoded();
        HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(responder.url()))
                        .header("Content-Type", "application/ocsp-request")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(request)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        OCSPResp response = new OCSPResp(answer.body());
        assertThat(response.getStatus()).isEqualTo(OCSPResp.SUCCESSFUL);
        BasicOCSPResp basic = (BasicOCSPResp) response.getResponseObject();
        X509Certificate signer = pki.ocspResponder().certificate();
        assertThat(basic.isSignatureValid(new JcaContentVerifierProviderBuilder().build(signer.getPublicKey()))).isTrue();
        return basic.getResponses()[0];
    }

    @Nested
    class for_a_certificate_of_the_intermediate {
        @Test
        void answers_good_signed_by_the_delegated_responder() throws Exception {
            assertThat(ask(pki.leader().certificate().getSerialNumber()).getCertStatus()).isEqualTo(CertificateStatus.GOOD);
        }

        @Test
        void answers_revoked_once_the_pki_revokes_it() throws Exception {
            TestPki.Identity victim = pki.issueSigner("CN=Lê Văn Thử,O=" + TestPki.ORGANISATION + ",C=VN");
            pki.revoke(victim.certificate());

            assertThat(ask(victim.certificate().getSerialNumber()).getCertStatus()).isInstanceOf(RevokedStatus.class);
        }
    }

    @Nested
    class for_a_serial_the_intermediate_never_issued {
        @Test
        void answers_unknown() throws Exception {
            assertThat(ask(BigInteger.valueOf(424242)).getCertStatus()).isInstanceOf(UnknownStatus.class);
        }
    }
}
