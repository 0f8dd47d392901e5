// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.internal;

import io.github.vanban.signing.SigningException;
import io.github.vanban.signing.ValidationData;
import io.github.vanban.signing.ValidationDataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Fetches revocation data from the URLs in the certificate: OCSP (AIA, RFC 6960, with a nonce)
 * first, then CRLs (CRL distribution points, RFC 5280). Responses are checked (signature, nonce,
 * certificate match) and a revoked status is an error.
 */
public final class OnlineRevocation implements ValidationDataSource {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Http http;

    /**
     * Creates a fetcher.
     *
     * @param http transport
     */
    public OnlineRevocation(Http http) {
        this.http = http;
    }

    @Override
    public ValidationData fetch(X509Certificate certificate, X509Certificate issuer) {
        List<String> failures = new ArrayList<>();
        for (URI uri : ocspUrls(certificate)) {
            try {
                return ocsp(certificate, issuer, uri);
            } catch (IOException | OCSPException | GeneralSecurityException
                    | OperatorCreationException e) {
                failures.add("OCSP " + uri + ": " + e.getMessage());
            }
        }
        for (URI uri : crlUrls(certificate)) {
            try {
                return crl(certificate, issuer, uri);
            } catch (IOException | GeneralSecurityException e) {
                failures.add("CRL " + uri + ": " + e.getMessage());
            }
        }
        if (failures.isEmpty()) {
            return ValidationData.empty();
        }
        throw new SigningException("Cannot fetch revocation data for "
                + certificate.getSubjectX500Principal() + ": " + String.join("; ", failures));
    }

    private ValidationData ocsp(X509Certificate cert, X509Certificate issuer, URI uri)
            throws IOException, OCSPException, GeneralSecurityException, OperatorCreationException {
        CertificateID id = new CertificateID(
                new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                new JcaX509CertificateHolder(issuer), cert.getSerialNumber());
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        OCSPReq request = new OCSPReqBuilder().addRequest(id)
                .setRequestExtensions(new Extensions(new Extension(
                        OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false,
                        new DEROctetString(new DEROctetString(nonce).getEncoded()))))
                .build();
        byte[] answer = http.post(uri, "application/ocsp-request", request.getEncoded());
        OCSPResp response = new OCSPResp(answer);
        if (response.getStatus() != OCSPResp.SUCCESSFUL) {
            throw new IOException("responder status " + response.getStatus());
        }
        BasicOCSPResp basic = (BasicOCSPResp) response.getResponseObject();
        List<X509Certificate> responderCerts = new ArrayList<>();
        boolean verified = false;
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        for (X509CertificateHolder holder : basic.getCerts()) {
            X509Certificate responder = converter.getCertificate(holder);
            if (basic.isSignatureValid(new JcaContentVerifierProviderBuilder().build(responder))
                    && (responder.equals(issuer) || issuedBy(responder, issuer))) {
                verified = true;
                responderCerts.add(responder);
            }
        }
        if (!verified && basic.isSignatureValid(
                new JcaContentVerifierProviderBuilder().build(issuer))) {
            verified = true;
        }
        if (!verified) {
            throw new IOException("response is not signed by the issuer or a delegated responder");
        }
        Extension echoed = basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        if (echoed != null && !Arrays.equals(echoed.getExtnValue().getOctets(),
                new DEROctetString(nonce).getEncoded())) {
            throw new IOException("nonce mismatch");
        }
        for (SingleResp single : basic.getResponses()) {
            if (single.getCertID().equals(id)) {
                CertificateStatus status = single.getCertStatus();
                if (status instanceof RevokedStatus) {
                    throw new SigningException("Certificate " + cert.getSubjectX500Principal()
                            + " is revoked since " + ((RevokedStatus) status).getRevocationTime()
                            + " (OCSP " + uri + ")");
                }
                if (status != CertificateStatus.GOOD) {
                    throw new IOException("status is unknown");
                }
                return ValidationData.of(responderCerts, List.of(answer), List.of());
            }
        }
        throw new IOException("response does not cover serial " + cert.getSerialNumber());
    }

    private ValidationData crl(X509Certificate cert, X509Certificate issuer, URI uri)
            throws IOException, GeneralSecurityException {
        byte[] der = http.get(uri);
        X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509")
                .generateCRL(new ByteArrayInputStream(der));
        crl.verify(issuer.getPublicKey());
        if (crl.isRevoked(cert)) {
            throw new SigningException("Certificate " + cert.getSubjectX500Principal()
                    + " is revoked (CRL " + uri + ")");
        }
        return ValidationData.of(List.of(), List.of(), List.of(der));
    }

    private static boolean issuedBy(X509Certificate cert, X509Certificate issuer) {
        try {
            cert.verify(issuer.getPublicKey());
            return cert.getIssuerX500Principal().equals(issuer.getSubjectX500Principal());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /**
     * Returns the OCSP URLs of the AIA extension.
     *
     * @param cert certificate
     * @return URLs, possibly empty
     */
    static List<URI> ocspUrls(X509Certificate cert) {
        List<URI> out = new ArrayList<>();
        byte[] value = cert.getExtensionValue(Extension.authorityInfoAccess.getId());
        if (value == null) {
            return out;
        }
        try {
            AuthorityInformationAccess aia = AuthorityInformationAccess.getInstance(
                    JcaX509ExtensionUtils.parseExtensionValue(value));
            for (AccessDescription d : aia.getAccessDescriptions()) {
                if (d.getAccessMethod().equals(AccessDescription.id_ad_ocsp)) {
                    uri(d.getAccessLocation()).ifPresent(out::add);
                }
            }
        } catch (IOException e) {
            throw new SigningException("Malformed AIA extension in "
                    + cert.getSubjectX500Principal(), e);
        }
        return out;
    }

    static List<URI> crlUrls(X509Certificate cert) {
        List<URI> out = new ArrayList<>();
        byte[] value = cert.getExtensionValue(Extension.cRLDistributionPoints.getId());
        if (value == null) {
            return out;
        }
        try {
            CRLDistPoint points = CRLDistPoint.getInstance(
                    JcaX509ExtensionUtils.parseExtensionValue(value));
            for (DistributionPoint p : points.getDistributionPoints()) {
                DistributionPointName name = p.getDistributionPoint();
                if (name != null && name.getType() == DistributionPointName.FULL_NAME) {
                    for (GeneralName g : GeneralNames.getInstance(name.getName()).getNames()) {
                        uri(g).ifPresent(out::add);
                    }
                }
            }
        } catch (IOException e) {
            throw new SigningException("Malformed CRL distribution points in "
                    + cert.getSubjectX500Principal(), e);
        }
        return out;
    }

    private static java.util.Optional<URI> uri(GeneralName name) {
        if (name.getTagNo() != GeneralName.uniformResourceIdentifier) {
            return java.util.Optional.empty();
        }
        String s = name.getName().toString();
        return s.startsWith("http://") || s.startsWith("https://")
                ? java.util.Optional.of(URI.create(s)) : java.util.Optional.empty();
    }
}
