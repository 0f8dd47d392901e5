// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.verify;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPResp;

/**
 * Certificates, OCSP responses and CRLs gathered from one place (the {@code /DSS}, a CMS, an
 * online fetch), parsed leniently: entries that do not parse are skipped, never trusted.
 */
final class RevocationData {
    final Set<X509Certificate> certificates = new LinkedHashSet<>();
    final List<BasicOCSPResp> ocsps = new ArrayList<>();
    final List<X509CRL> crls = new ArrayList<>();

    void addCertificate(byte[] der) {
        try {
            certificates.add((X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der)));
        } catch (Exception e) {
            // Not a certificate: ignored, it can only fail to help.
        }
    }

    /** Adds an OCSPResponse (RFC 6960 §4.2.1) or a bare BasicOCSPResponse. */
    void addOcsp(byte[] der) {
        try {
            OCSPResp resp = new OCSPResp(der);
            if (resp.getStatus() == OCSPResp.SUCCESSFUL
                    && resp.getResponseObject() instanceof BasicOCSPResp) {
                ocsps.add((BasicOCSPResp) resp.getResponseObject());
            }
            return;
        } catch (Exception e) {
            // Fall through: maybe a bare BasicOCSPResponse (as in adbe-revocationInfoArchival).
        }
        try {
            ocsps.add(new BasicOCSPResp(
                    org.bouncycastle.asn1.ocsp.BasicOCSPResponse.getInstance(der)));
        } catch (Exception e) {
            // Not OCSP: ignored.
        }
    }

    void addCrl(byte[] der) {
        try {
            crls.add((X509CRL) CertificateFactory.getInstance("X.509")
                    .generateCRL(new ByteArrayInputStream(der)));
        } catch (Exception e) {
            // Not a CRL: ignored.
        }
    }

    void addAll(RevocationData other) {
        certificates.addAll(other.certificates);
        ocsps.addAll(other.ocsps);
        crls.addAll(other.crls);
    }

    boolean isEmpty() {
        return ocsps.isEmpty() && crls.isEmpty();
    }
}
