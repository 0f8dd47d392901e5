// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.demo;

import io.github.vanban.signing.KeyStoreSigningKey;
import io.github.vanban.signing.PadesSigner;
import io.github.vanban.signing.TsaClient;
import io.github.vanban.signing.ValidationDataSource;
import io.github.vanban.signing.testing.CrlServer;
import io.github.vanban.signing.testing.LoopbackTsa;
import io.github.vanban.signing.testing.TestPki;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The demo's throw-away trust services, all inside this JVM on loopback: the signing test-jar's
 * {@link TestPki} (root → intermediate → leader, organisation, TSA, OCSP responder), its {@link
 * LoopbackTsa} and {@link CrlServer}, and the demo's own {@link LoopbackOcspResponder}. Keys live
 * in memory and in a private temporary directory deleted by {@link #close()}.
 */
final class DemoPki implements AutoCloseable {
    private final LoopbackOcspResponder ocsp;
    private final CrlServer crl;
    private final TestPki pki;
    private final LoopbackTsa tsa;
    private final Path keys;
    private final char[] password;

    private DemoPki(LoopbackOcspResponder ocsp, CrlServer crl, TestPki pki, LoopbackTsa tsa, Path keys) {
        this.ocsp = ocsp;
        this.crl = crl;
        this.pki = pki;
        this.tsa = tsa;
        this.keys = keys;
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        this.password = Base64.getEncoder().encodeToString(random).toCharArray();
    }

    /** Creates the PKI and starts its servers; close it to stop them. */
    static DemoPki start() {
        LoopbackOcspResponder ocsp = LoopbackOcspResponder.bind();
        CrlServer crl = CrlServer.bind();
        try {
            TestPki pki = new TestPki(ocsp.url(), crl.baseUrl());
            ocsp.serve(() -> pki);
            crl.serve(() -> pki);
            LoopbackTsa tsa = LoopbackTsa.start(pki, Clock.systemUTC(), LoopbackTsa.Behaviour.NORMAL);
            return new DemoPki(ocsp, crl, pki, tsa, Files.createTempDirectory("vanban-demo-keys"));
        } catch (IOException | RuntimeException e) {
            ocsp.close();
            crl.close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    TestPki pki() {
        return pki;
    }

    /** A signer holding {@code identity}'s key, with the loopback TSA and OCSP/CRL for B-LT. */
    PadesSigner signer(TestPki.Identity identity, String name) {
        Path p12 = keys.resolve(name + ".p12");
        identity.writePkcs12(p12, password);
        return PadesSigner.builder()
                .key(KeyStoreSigningKey.pkcs12(p12, password.clone(), Optional.empty()))
                .timestampSource(TsaClient.of(tsa.url()))
                .validationDataSource(ValidationDataSource.online(Duration.ofSeconds(10)))
                .build();
    }

    @Override
    public void close() {
        tsa.close();
        ocsp.close();
        crl.close();
        try (Stream<Path> files = Files.walk(keys)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the demo's temporary keys in " + keys, e);
        }
    }
}
