// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.vanban.signing.testing.TestPki;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * An RFC 6960 OCSP responder inside the JVM: Bouncy Castle's {@link BasicOCSPRespBuilder} behind
 * {@code com.sun.net.httpserver} on loopback, answering for the certificates the {@link TestPki}'s
 * intermediate CA issued, signed by the PKI's delegated responder certificate (id-kp-OCSPSigning,
 * ocsp-nocheck). The demo's replacement for the test-jar's {@code openssl ocsp} child process.
 *
 * <p>Status comes from the PKI at each request, so revocations show at once: good, revoked (with
 * the revocation time) or unknown for serials the intermediate did not issue. Requests arrive by
 * HTTP POST ({@code application/ocsp-request}). Close it to stop the server.
 */
final class LoopbackOcspResponder implements AutoCloseable {
    private static final Duration VALIDITY = Duration.ofHours(1);

    private final HttpServer server;
    private final ExecutorService executor;

    private LoopbackOcspResponder(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Binds a free loopback port without answering yet: the PKI needs the URL for its AIA
     * extensions before it exists.
     */
    static LoopbackOcspResponder bind() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
                Thread t = new Thread(r, "demo-ocsp");
                t.setDaemon(true);
                return t;
            });
            server.setExecutor(executor);
            return new LoopbackOcspResponder(server, executor);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot bind the demo OCSP responder on loopback", e);
        }
    }

    /** Returns {@code http://127.0.0.1:<port>/ocsp}. */
    String url() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":"
                + server.getAddress().getPort() + "/ocsp";
    }

    /** Starts answering for {@code pki} (supplied lazily: it is built after {@link #url()}). */
    void serve(Supplier<TestPki> pki) {
        server.createContext("/ocsp", exchange -> handle(exchange, pki.get()));
        server.start();
    }

    private static void handle(HttpExchange exchange, TestPki pki) throws IOException {
        try (exchange) {
            byte[] answer;
            try (InputStream in = exchange.getRequestBody()) {
                answer = respond(new OCSPReq(in.readAllBytes()), pki).getEncoded();
            } catch (IOException | RuntimeException e) {
                answer = new OCSPRespBuilder().build(OCSPRespBuilder.MALFORMED_REQUEST, null).getEncoded();
            } catch (OCSPException | GeneralSecurityException | OperatorCreationException e) {
                answer = new OCSPRespBuilder().build(OCSPRespBuilder.INTERNAL_ERROR, null).getEncoded();
            }
            exchange.getResponseHeaders().add("Content-Type", "application/ocsp-response");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        } catch (OCSPException e) {
            throw new IOException("Cannot encode an OCSP error response", e);
        }
    }

    /** Builds the signed answer to every CertID of {@code request}. */
    static OCSPResp respond(OCSPReq request, TestPki pki)
            throws OCSPException, GeneralSecurityException, OperatorCreationException, IOException {
        DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().build();
        X509Certificate issuer = pki.intermediate().certificate();
        X509CertificateHolder issuerHolder = new JcaX509CertificateHolder(issuer);
        TestPki.Identity responder = pki.ocspResponder();
        BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(new RespID(
                new JcaX509CertificateHolder(responder.certificate()).getSubject()));
        Instant now = Instant.now();
        for (Req one : request.getRequestList()) {
            CertificateID id = one.getCertID();
            boolean ours = id.matchesIssuer(issuerHolder, digests);
            Optional<X509Certificate> certificate = ours ? find(pki, id) : Optional.empty();
            CertificateStatus status;
            if (certificate.isEmpty()) {
                status = new UnknownStatus();
            } else if (pki.isRevoked(certificate.get())) {
                status = new RevokedStatus(Date.from(now.minusSeconds(1)), CRLReason.keyCompromise);
            } else {
                status = CertificateStatus.GOOD;
            }
            builder.addResponse(id, status, Date.from(now), Date.from(now.plus(VALIDITY)));
        }
        if (request.getExtension(org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers.id_pkix_ocsp_nonce) != null) {
            builder.setResponseExtensions(new org.bouncycastle.asn1.x509.Extensions(request.getExtension(
                    org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers.id_pkix_ocsp_nonce)));
        }
        BasicOCSPResp basic = builder.build(
                new JcaContentSignerBuilder("SHA256withRSA").build(responder.keyPair().getPrivate()),
                new X509CertificateHolder[] {new JcaX509CertificateHolder(responder.certificate())},
                Date.from(now));
        return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic);
    }

    private static Optional<X509Certificate> find(TestPki pki, CertificateID id) {
        return pki.allCertificates().stream()
                .filter(c -> c.getSerialNumber().equals(id.getSerialNumber()))
                .filter(c -> c.getIssuerX500Principal().equals(pki.intermediate().certificate().getSubjectX500Principal()))
                .findFirst();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
