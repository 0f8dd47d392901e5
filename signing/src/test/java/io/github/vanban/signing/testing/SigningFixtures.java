// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.testing;

import io.github.vanban.signing.KeyStoreSigningKey;
import io.github.vanban.signing.PadesSigner;
import io.github.vanban.signing.SigningKey;
import io.github.vanban.signing.TsaClient;
import io.github.vanban.signing.ValidationDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The shared loopback signing environment, built once per JVM on first use (a static lazy holder
 * keeps CI fast): the {@link TestPki}, a {@link LoopbackTsa}, an {@link OpenSslOcspResponder} and
 * a {@link CrlServer}. Servers stop when the JVM exits.
 */
public final class SigningFixtures {
    private static final char[] PASSWORD = "test-only".toCharArray();

    private final Path directory;
    private final TestPki pki;
    private final LoopbackTsa tsa;
    private final OpenSslOcspResponder ocsp;
    private final CrlServer crl;
    private @org.jspecify.annotations.Nullable String nss;

    private static final class Holder {
        static final SigningFixtures INSTANCE = new SigningFixtures();
    }

    private SigningFixtures() {
        try {
            directory = Files.createTempDirectory("vanban-signing-fixtures");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ocsp = OpenSslOcspResponder.reserve(directory.resolve("ocsp"));
        crl = CrlServer.bind();
        pki = new TestPki(ocsp.url(), crl.baseUrl());
        crl.serve(() -> pki);
        ocsp.start(pki);
        tsa = LoopbackTsa.start(pki, Clock.systemUTC(), LoopbackTsa.Behaviour.NORMAL);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            tsa.close();
            ocsp.close();
            crl.close();
        }, "signing-fixtures-stop"));
    }

    /**
     * Returns the shared environment, starting it on first call.
     *
     * @return the fixtures
     */
    public static SigningFixtures get() {
        return Holder.INSTANCE;
    }

    /**
     * Returns the PKI.
     *
     * @return the PKI
     */
    public TestPki pki() {
        return pki;
    }

    /**
     * Returns the shared TSA (system clock, normal behaviour).
     *
     * @return the TSA
     */
    public LoopbackTsa tsa() {
        return tsa;
    }

    /**
     * Returns an NSS database trusting the test root, for {@link Pdfsig#check}, made on first use.
     *
     * @return the {@code sql:} directory argument
     */
    public synchronized String nssDatabase() {
        String db = nss;
        if (db == null) {
            db = Pdfsig.nssDatabase(directory.resolve("nss"), pki);
            nss = db;
        }
        return db;
    }

    /**
     * Returns a client for the shared TSA.
     *
     * @return the client
     */
    public TsaClient tsaClient() {
        return TsaClient.of(tsa.url());
    }

    /**
     * Returns an online validation data source (OCSP and CRL on loopback).
     *
     * @return the source
     */
    public ValidationDataSource online() {
        return ValidationDataSource.online(Duration.ofSeconds(10));
    }

    /**
     * Revokes a certificate in the PKI and publishes it to OCSP and the CRLs.
     *
     * @param certificate the certificate
     */
    public void revoke(X509Certificate certificate) {
        pki.revoke(certificate);
        ocsp.refresh();
    }

    /**
     * Issues a new RSA signer and publishes it to the OCSP responder.
     *
     * @param subject DN
     * @return the identity
     */
    public TestPki.Identity issueSigner(String subject) {
        TestPki.Identity identity = pki.issueSigner(subject);
        ocsp.refresh();
        return identity;
    }

    /**
     * Issues a new ECDSA signer on {@code curve} and publishes it to the OCSP responder.
     *
     * @param subject DN
     * @param curve e.g. {@code secp384r1}
     * @return the identity
     */
    public TestPki.Identity issueEcSigner(String subject, String curve) {
        TestPki.Identity identity = pki.issueEcSigner(subject, curve);
        ocsp.refresh();
        return identity;
    }

    /**
     * Writes the identity to a PKCS#12 file and opens it as a {@link SigningKey}.
     *
     * @param identity the identity
     * @return the key
     */
    public SigningKey key(TestPki.Identity identity) {
        try {
            Path p12 = Files.createTempFile(directory, "key", ".p12");
            identity.writePkcs12(p12, PASSWORD);
            return KeyStoreSigningKey.pkcs12(p12, PASSWORD.clone(), Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns a signer for the identity with the shared TSA and online validation data.
     *
     * @param identity who signs
     * @return the signer
     */
    public PadesSigner signer(TestPki.Identity identity) {
        return signerBuilder().key(key(identity)).build();
    }

    /**
     * Returns a builder preset with the shared TSA and online validation data, without key.
     *
     * @return the builder
     */
    public PadesSigner.Builder signerBuilder() {
        return PadesSigner.builder().timestampSource(tsaClient()).validationDataSource(online());
    }
}
