// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.testing;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throw-away PKI made with Bouncy Castle: root → intermediate → end entities (leader,
 * organisation, an ECDSA signer, the TSA and the OCSP responder), with Vietnamese names. End-entity
 * certificates point (AIA) at the OCSP responder URL; the intermediate points (CRLDP) at the
 * root's CRL. URLs are fixed at creation, servers are started later on them.
 *
 * <p>Revocation state lives here: {@link #revoke(X509Certificate)} marks a certificate revoked;
 * {@link #openSslIndex()} and {@link #crl(Identity)} reflect it. Thread-safe.
 */
public final class TestPki {
    /** Organisation used in every end-entity DN. */
    public static final String ORGANISATION = "Sở Khoa học và Công nghệ tỉnh Lai Châu";

    /**
     * A certificate with its private key and chain (signer first, root last).
     *
     * @param keyPair key pair
     * @param certificate certificate
     * @param chain signer first, root last
     */
    public record Identity(KeyPair keyPair, X509Certificate certificate, List<X509Certificate> chain) {
        /**
         * Returns the chain as an array for KeyStore APIs.
         *
         * @return the chain
         */
        public Certificate[] chainArray() {
            return chain.toArray(new Certificate[0]);
        }

        /**
         * Writes a PKCS#12 file with this identity.
         *
         * @param file target
         * @param password password
         */
        public void writePkcs12(java.nio.file.Path file, char[] password) {
            try {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                store.setKeyEntry("signer", keyPair.getPrivate(), password, chainArray());
                try (var out = java.nio.file.Files.newOutputStream(file)) {
                    store.store(out, password);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String ocspUrl;
    private final String crlBaseUrl;
    private final Identity root;
    private final Identity intermediate;
    private final Identity leader;
    private final Identity organisation;
    private final Identity ecSigner;
    private final Identity tsa;
    private final Identity ocspResponder;
    private final Map<BigInteger, X509Certificate> issuedByIntermediate = new LinkedHashMap<>();
    private final Map<BigInteger, Instant> revoked = new LinkedHashMap<>();

    /**
     * Creates the PKI.
     *
     * @param ocspUrl URL the end entities' AIA names
     * @param crlBaseUrl base URL of the CRL server ({@code <base>/root.crl}, {@code
     *     <base>/intermediate.crl})
     */
    public TestPki(String ocspUrl, String crlBaseUrl) {
        this.ocspUrl = ocspUrl;
        this.crlBaseUrl = crlBaseUrl;
        try {
            KeyPair rootKey = rsa();
            X500Name rootName = new X500Name("CN=Vanban Test Root CA,O=Ban Cơ yếu Chính phủ (thử nghiệm),C=VN");
            X509Certificate rootCert = build(rootName, rootKey, rootName, rootKey, true,
                    Optional.empty(), Optional.empty(), Duration.ofDays(3650));
            root = new Identity(rootKey, rootCert, List.of(rootCert));
            KeyPair intKey = rsa();
            X509Certificate intCert = build(new X500Name(
                    "CN=CA phục vụ các cơ quan Nhà nước (thử nghiệm),O=Ban Cơ yếu Chính phủ (thử nghiệm),C=VN"),
                    intKey, rootName, rootKey, true, Optional.empty(),
                    Optional.of(crlBaseUrl + "/root.crl"), Duration.ofDays(3000));
            intermediate = new Identity(intKey, intCert, List.of(intCert, rootCert));
            leader = issue("CN=Trần Văn Tuấn,O=" + ORGANISATION + ",C=VN", rsa(), Usage.SIGNER);
            organisation = issue("CN=" + ORGANISATION + ",O=" + ORGANISATION + ",L=Lai Châu,C=VN",
                    rsa(), Usage.SIGNER);
            ecSigner = issue("CN=Nguyễn Thị Lan,O=" + ORGANISATION + ",C=VN", ec("secp256r1"),
                    Usage.SIGNER);
            tsa = issue("CN=Máy chủ cấp dấu thời gian (thử nghiệm),O=Ban Cơ yếu Chính phủ (thử nghiệm),C=VN",
                    rsa(), Usage.TSA);
            ocspResponder = issue("CN=Máy chủ OCSP (thử nghiệm),O=Ban Cơ yếu Chính phủ (thử nghiệm),C=VN",
                    rsa(), Usage.OCSP);
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot build the test PKI", e);
        }
    }

    private enum Usage { SIGNER, TSA, OCSP }

    /**
     * Issues a new signer certificate from the intermediate (RSA 2048), e.g. to revoke it in a
     * negative test without disturbing the shared identities.
     *
     * @param subject the DN, e.g. {@code CN=Lê Văn A,O=...,C=VN}
     * @return the identity
     */
    public synchronized Identity issueSigner(String subject) {
        return issueSigner(subject, 2048);
    }

    /**
     * Issues a new RSA signer certificate with a chosen key size (e.g. a weak one for negative
     * tests).
     *
     * @param subject the DN
     * @param rsaBits the modulus size
     * @return the identity
     */
    public synchronized Identity issueSigner(String subject, int rsaBits) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(rsaBits, RANDOM);
            return issue(subject, g.generateKeyPair(), Usage.SIGNER);
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Issues a new ECDSA signer certificate on the given curve.
     *
     * @param subject DN
     * @param curve e.g. {@code secp384r1}
     * @return the identity
     */
    public synchronized Identity issueEcSigner(String subject, String curve) {
        try {
            return issue(subject, ec(curve), Usage.SIGNER);
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Identity issue(String subject, KeyPair key, Usage usage)
            throws GeneralSecurityException, IOException, OperatorCreationException {
        X509v3CertificateBuilder b = builder(new X500Name(subject), key,
                X500Name.getInstance(intermediate().certificate().getSubjectX500Principal().getEncoded()),
                Duration.ofDays(730));
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        b.addExtension(Extension.subjectKeyIdentifier, false,
                utils.createSubjectKeyIdentifier(key.getPublic()));
        b.addExtension(Extension.authorityKeyIdentifier, false,
                utils.createAuthorityKeyIdentifier(intermediate().certificate()));
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        switch (usage) {
            case SIGNER:
                b.addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
                b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                        new KeyPurposeId[] {KeyPurposeId.id_kp_emailProtection}));
                break;
            case TSA:
                b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                b.addExtension(Extension.extendedKeyUsage, true,
                        new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
                break;
            case OCSP:
                b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                b.addExtension(Extension.extendedKeyUsage, false,
                        new ExtendedKeyUsage(KeyPurposeId.id_kp_OCSPSigning));
                b.addExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck, false,
                        org.bouncycastle.asn1.DERNull.INSTANCE);
                break;
            default:
                throw new AssertionError(usage);
        }
        if (usage != Usage.OCSP) {
            b.addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(
                    new AccessDescription(AccessDescription.id_ad_ocsp,
                            new GeneralName(GeneralName.uniformResourceIdentifier, ocspUrl))));
        }
        X509Certificate cert = sign(b, intermediate().keyPair());
        issuedByIntermediate.put(cert.getSerialNumber(), cert);
        return new Identity(key, cert, List.of(cert, intermediate().certificate(), root().certificate()));
    }

    private static X509Certificate build(X500Name subject, KeyPair key, X500Name issuer,
            KeyPair issuerKey, boolean ca, Optional<String> ocsp, Optional<String> crl,
            Duration validity) throws GeneralSecurityException, IOException,
            OperatorCreationException {
        X509v3CertificateBuilder b = builder(subject, key, issuer, validity);
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        b.addExtension(Extension.subjectKeyIdentifier, false,
                utils.createSubjectKeyIdentifier(key.getPublic()));
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        b.addExtension(Extension.keyUsage, true,
                new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        if (crl.isPresent()) {
            b.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(
                    new DistributionPoint[] {new DistributionPoint(new DistributionPointName(
                            new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier,
                                    crl.get()))), null, null)}));
        }
        return sign(b, issuerKey);
    }

    private static X509v3CertificateBuilder builder(X500Name subject, KeyPair key, X500Name issuer,
            Duration validity) throws IOException, GeneralSecurityException {
        Instant now = Instant.now();
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer,
                new BigInteger(63, RANDOM).add(BigInteger.ONE), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(validity)), subject, key.getPublic());
        return b;
    }

    private static X509Certificate sign(X509v3CertificateBuilder b, KeyPair issuerKey)
            throws OperatorCreationException, GeneralSecurityException {
        ContentSigner signer = new JcaContentSignerBuilder(
                issuerKey.getPrivate().getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA")
                .build(issuerKey.getPrivate());
        return new JcaX509CertificateConverter().getCertificate(b.build(signer));
    }

    private static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048, RANDOM);
        return g.generateKeyPair();
    }

    private static KeyPair ec(String curve) throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec(curve), RANDOM);
        return g.generateKeyPair();
    }

    /**
     * Returns the self-signed root, the only trust anchor.
     *
     * @return the self-signed root, the only trust anchor
     */
    public Identity root() {
        return root;
    }

    /**
     * Returns the issuing CA of all end entities.
     *
     * @return the issuing CA of all end entities
     */
    public Identity intermediate() {
        return intermediate;
    }

    /**
     * Returns the leader "Trần Văn Tuấn" (RSA 2048).
     *
     * @return the leader "Trần Văn Tuấn" (RSA 2048)
     */
    public Identity leader() {
        return leader;
    }

    /**
     * Returns the organisation (seal) identity (RSA 2048).
     *
     * @return the organisation (seal) identity (RSA 2048)
     */
    public Identity organisation() {
        return organisation;
    }

    /**
     * Returns an ECDSA P-256 signer "Nguyễn Thị Lan".
     *
     * @return an ECDSA P-256 signer "Nguyễn Thị Lan"
     */
    public Identity ecSigner() {
        return ecSigner;
    }

    /**
     * Returns the TSA identity (EKU timeStamping, critical).
     *
     * @return the TSA identity (EKU timeStamping, critical)
     */
    public Identity tsa() {
        return tsa;
    }

    /**
     * Returns the delegated OCSP responder (EKU OCSPSigning, ocsp-nocheck).
     *
     * @return the delegated OCSP responder (EKU OCSPSigning, ocsp-nocheck)
     */
    public Identity ocspResponder() {
        return ocspResponder;
    }

    /**
     * Returns the OCSP URL written into AIA extensions.
     *
     * @return the OCSP URL written into AIA extensions
     */
    public String ocspUrl() {
        return ocspUrl;
    }

    /**
     * Returns the CRL base URL.
     *
     * @return the CRL base URL
     */
    public String crlBaseUrl() {
        return crlBaseUrl;
    }

    /**
     * Marks a certificate issued by the intermediate (or the intermediate itself) as revoked now.
     *
     * @param certificate the certificate
     */
    public synchronized void revoke(X509Certificate certificate) {
        revoked.put(certificate.getSerialNumber(), Instant.now().minusSeconds(1));
    }

    /**
     * Tells whether a certificate was revoked with {@link #revoke}.
     *
     * @param certificate the certificate
     * @return true if revoked
     */
    public synchronized boolean isRevoked(X509Certificate certificate) {
        return revoked.containsKey(certificate.getSerialNumber());
    }

    /**
     * Returns the current {@code openssl ca} index of the intermediate's certificates.
     *
     * @return index.txt content
     */
    public synchronized String openSslIndex() {
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter
                .ofPattern("yyMMddHHmmss'Z'").withZone(java.time.ZoneOffset.UTC);
        StringBuilder sb = new StringBuilder();
        for (X509Certificate c : issuedByIntermediate.values()) {
            Instant r = revoked.get(c.getSerialNumber());
            sb.append(r == null ? "V" : "R").append('\t')
                    .append(f.format(c.getNotAfter().toInstant())).append('\t')
                    .append(r == null ? "" : f.format(r)).append('\t')
                    .append(c.getSerialNumber().toString(16).toUpperCase()).append('\t')
                    .append("unknown\t/CN=entity").append('\n');
        }
        return sb.toString();
    }

    /**
     * Returns a fresh CRL signed by {@code issuer} (root or intermediate).
     *
     * @param issuer the CA
     * @return the CRL, valid for one day
     */
    public synchronized X509CRL crl(Identity issuer) {
        try {
            Instant now = Instant.now();
            X509v2CRLBuilder b = new X509v2CRLBuilder(
                    X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded()),
                    Date.from(now.minusSeconds(60)));
            b.setNextUpdate(Date.from(now.plus(Duration.ofDays(1))));
            for (Map.Entry<BigInteger, Instant> e : revoked.entrySet()) {
                b.addCRLEntry(e.getKey(), Date.from(e.getValue()), CRLReason.keyCompromise);
            }
            b.addExtension(Extension.authorityKeyIdentifier, false, new JcaX509ExtensionUtils()
                    .createAuthorityKeyIdentifier(issuer.certificate()));
            X509CRLHolder holder = b.build(new JcaContentSignerBuilder("SHA256withRSA")
                    .build(issuer.keyPair().getPrivate()));
            return new JcaX509CRLConverter().getCRL(holder);
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Returns every certificate of the PKI.
     *
     * @return root, intermediate and end entities
     */
    public synchronized List<X509Certificate> allCertificates() {
        List<X509Certificate> all = new ArrayList<>();
        all.add(root.certificate());
        all.add(intermediate.certificate());
        all.addAll(issuedByIntermediate.values());
        return all;
    }

    /**
     * PEM-encodes an object (certificate or private key).
     *
     * @param object a certificate or key
     * @return PEM text
     */
    public static String pem(Object object) {
        StringWriter w = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(w)) {
            pem.writeObject(object);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
