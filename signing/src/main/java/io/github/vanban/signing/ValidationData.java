// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Certificates, OCSP responses and CRLs needed to validate a signature or time-stamp later: what a
 * B-LT {@code /DSS} dictionary holds (ETSI EN 319 142-1 §5.4.2). Byte arrays are copied in and
 * out; duplicates are dropped. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ValidationData {
    private static final ValidationData EMPTY = new ValidationData(List.of(), List.of(), List.of());

    private final List<X509Certificate> certificates;
    private final List<byte[]> ocspResponses;
    private final List<byte[]> crls;

    private ValidationData(List<X509Certificate> certificates, List<byte[]> ocspResponses,
            List<byte[]> crls) {
        this.certificates = List.copyOf(certificates);
        this.ocspResponses = copy(ocspResponses);
        this.crls = copy(crls);
    }

    /**
     * Creates validation data.
     *
     * @param certificates certificates (chains, OCSP responder certificates, TSA certificates)
     * @param ocspResponses DER-encoded {@code OCSPResponse} structures (RFC 6960)
     * @param crls DER-encoded CRLs (RFC 5280)
     * @return the data, deduplicated
     */
    public static ValidationData of(List<X509Certificate> certificates, List<byte[]> ocspResponses,
            List<byte[]> crls) {
        Objects.requireNonNull(certificates, "certificates");
        Objects.requireNonNull(ocspResponses, "ocspResponses");
        Objects.requireNonNull(crls, "crls");
        return new ValidationData(certificates, ocspResponses, crls).merge(EMPTY);
    }

    /**
     * Returns the empty set.
     *
     * @return validation data with nothing in it
     */
    public static ValidationData empty() {
        return EMPTY;
    }

    /**
     * Returns the certificates.
     *
     * @return an unmodifiable list
     */
    public List<X509Certificate> certificates() {
        return certificates;
    }

    /**
     * Returns copies of the DER-encoded OCSP responses.
     *
     * @return a new list of new arrays
     */
    public List<byte[]> ocspResponses() {
        return copy(ocspResponses);
    }

    /**
     * Returns copies of the DER-encoded CRLs.
     *
     * @return a new list of new arrays
     */
    public List<byte[]> crls() {
        return copy(crls);
    }

    /**
     * Tells whether nothing is held.
     *
     * @return true when there are no certificates, OCSP responses or CRLs
     */
    public boolean isEmpty() {
        return certificates.isEmpty() && ocspResponses.isEmpty() && crls.isEmpty();
    }

    /**
     * Returns the union of this and {@code other}, without duplicates.
     *
     * @param other more validation data
     * @return the union
     */
    public ValidationData merge(ValidationData other) {
        Objects.requireNonNull(other, "other");
        Map<String, X509Certificate> certs = new LinkedHashMap<>();
        for (X509Certificate c : concat(certificates, other.certificates)) {
            try {
                certs.putIfAbsent(Arrays.toString(c.getEncoded()), c);
            } catch (CertificateEncodingException e) {
                throw new IllegalArgumentException("certificate cannot be encoded: "
                        + c.getSubjectX500Principal(), e);
            }
        }
        return new ValidationData(new ArrayList<>(certs.values()),
                dedupe(concat(ocspResponses, other.ocspResponses)),
                dedupe(concat(crls, other.crls)));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<byte[]> dedupe(List<byte[]> items) {
        Map<String, byte[]> seen = new LinkedHashMap<>();
        for (byte[] item : items) {
            seen.putIfAbsent(Arrays.toString(item), item);
        }
        return new ArrayList<>(seen.values());
    }

    private static List<byte[]> copy(List<byte[]> items) {
        List<byte[]> out = new ArrayList<>(items.size());
        for (byte[] item : items) {
            out.add(Objects.requireNonNull(item, "item").clone());
        }
        return out;
    }

    @Override
    public String toString() {
        return "ValidationData[" + certificates.size() + " certificates, " + ocspResponses.size()
                + " OCSP responses, " + crls.size() + " CRLs]";
    }
}
