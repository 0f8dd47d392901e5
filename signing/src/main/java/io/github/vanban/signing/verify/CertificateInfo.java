// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.verify;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * What a report shows of one X.509 certificate (Circular 15/2025/TT-BKHCN, Art. 6: issuing CA,
 * signer, validity period).
 *
 * @param subject subject DN (RFC 2253)
 * @param issuer issuer DN (RFC 2253)
 * @param serialNumber serial number in upper-case hex
 * @param notBefore start of validity
 * @param notAfter end of validity
 * @param keyUsage key usage names of RFC 5280 §4.2.1.3 (e.g. {@code digitalSignature},
 *     {@code nonRepudiation}); empty when the extension is absent
 * @param extendedKeyUsage extended key usage OIDs; empty when absent
 * @param sha256 SHA-256 fingerprint of the DER encoding, upper-case hex
 */
public record CertificateInfo(String subject, String issuer, String serialNumber,
        Instant notBefore, Instant notAfter, List<String> keyUsage, List<String> extendedKeyUsage,
        String sha256) {

    private static final String[] KEY_USAGE = {"digitalSignature", "nonRepudiation",
        "keyEncipherment", "dataEncipherment", "keyAgreement", "keyCertSign", "cRLSign",
        "encipherOnly", "decipherOnly"};

    /** Rejects nulls and copies the lists. */
    public CertificateInfo {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
        keyUsage = List.copyOf(keyUsage);
        extendedKeyUsage = List.copyOf(extendedKeyUsage);
        Objects.requireNonNull(sha256, "sha256");
    }

    /**
     * Describes {@code certificate}.
     *
     * @param certificate the certificate
     * @return its description
     */
    public static CertificateInfo of(X509Certificate certificate) {
        Objects.requireNonNull(certificate, "certificate");
        List<String> usage = new ArrayList<>();
        boolean[] bits = certificate.getKeyUsage();
        if (bits != null) {
            for (int i = 0; i < bits.length && i < KEY_USAGE.length; i++) {
                if (bits[i]) {
                    usage.add(KEY_USAGE[i]);
                }
            }
        }
        List<String> extended;
        try {
            List<String> eku = certificate.getExtendedKeyUsage();
            extended = eku == null ? List.of() : eku;
        } catch (CertificateParsingException e) {
            extended = List.of();
        }
        String fingerprint;
        try {
            fingerprint = HexFormat.of().withUpperCase().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("Cannot fingerprint "
                    + certificate.getSubjectX500Principal(), e);
        }
        return new CertificateInfo(certificate.getSubjectX500Principal().getName(),
                certificate.getIssuerX500Principal().getName(),
                certificate.getSerialNumber().toString(16).toUpperCase(java.util.Locale.ROOT),
                certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant(),
                usage, extended, fingerprint);
    }
}
