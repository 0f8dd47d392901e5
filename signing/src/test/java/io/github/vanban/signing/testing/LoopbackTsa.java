// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * A real RFC 3161 time-stamp authority over HTTP on loopback ({@code com.sun.net.httpserver} and
 * Bouncy Castle's {@code TimeStampResponseGenerator}), signing with the {@link TestPki#tsa()} key.
 * Its clock and behaviour can be chosen to test error handling. Close it when done.
 */
public final class LoopbackTsa implements AutoCloseable {
    /** How the TSA answers. */
    public enum Behaviour {
        /** A valid token. */
        NORMAL,
        /** A PKIStatus rejection with failInfo badAlg. */
        REJECT,
        /** HTTP 500. */
        HTTP_ERROR,
        /** Waits 3 s before answering. */
        SLOW
    }

    private static final ASN1ObjectIdentifier POLICY = new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1.1");

    private final HttpServer server;
    private final AtomicLong serial = new AtomicLong(1);
    private final AtomicLong requests = new AtomicLong();

    /**
     * Starts a TSA on a free loopback port.
     *
     * @param pki the PKI whose TSA identity signs
     * @param clock the TSA's clock (genTime)
     * @param behaviour how it answers
     * @return the running TSA
     */
    public static LoopbackTsa start(TestPki pki, Clock clock, Behaviour behaviour) {
        try {
            return new LoopbackTsa(pki, clock, behaviour);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LoopbackTsa(TestPki pki, Clock clock, Behaviour behaviour) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/tsa", exchange -> {
            requests.incrementAndGet();
            try (InputStream in = exchange.getRequestBody()) {
                byte[] body = in.readAllBytes();
                if (behaviour == Behaviour.HTTP_ERROR) {
                    exchange.sendResponseHeaders(500, -1);
                    return;
                }
                if (behaviour == Behaviour.SLOW) {
                    Thread.sleep(3000);
                }
                TimeStampRequest request = new TimeStampRequest(body);
                TestPki.Identity tsa = pki.tsa();
                TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                        new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA",
                                tsa.keyPair().getPrivate(), tsa.certificate()),
                        new JcaDigestCalculatorProviderBuilder().build()
                                .get(new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
                                        org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha256)),
                        POLICY);
                tokens.addCertificates(new JcaCertStore(List.of(tsa.certificate(),
                        pki.intermediate().certificate())));
                TimeStampResponseGenerator generator =
                        new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
                TimeStampResponse response = behaviour == Behaviour.REJECT
                        ? generator.generateFailResponse(2, PKIFailureInfo.badAlg,
                                "algorithm not accepted")
                        : generator.generate(request, BigInteger.valueOf(serial.getAndIncrement()),
                                Date.from(clock.instant()));
                byte[] der = response.getEncoded();
                exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
                exchange.sendResponseHeaders(200, der.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(der);
                }
            } catch (Exception e) {
                exchange.sendResponseHeaders(400, -1);
            } finally {
                exchange.close();
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "loopback-tsa");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    /**
     * Returns the TSA URL.
     *
     * @return {@code http://127.0.0.1:<port>/tsa}
     */
    public URI url() {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":"
                + server.getAddress().getPort() + "/tsa");
    }

    /**
     * Counts requests received so far.
     *
     * @return the number of requests
     */
    public long requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
