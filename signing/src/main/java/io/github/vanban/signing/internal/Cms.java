// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.internal;

import io.github.vanban.signing.SignatureScheme;
import io.github.vanban.signing.SigningException;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerIdentifier;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;

/**
 * Builds the CMS SignedData of a PAdES baseline signature (ETSI EN 319 142-1 §6.3, EN 319 122-1):
 * signed attributes content-type, message-digest and signing-certificate-v2 only (no signing-time),
 * the chain in {@code certificates}, and optionally a signature-time-stamp unsigned attribute.
 */
public final class Cms {
    private Cms() {}

    /**
     * Returns the DER-encoded signed attributes, i.e. the data the key signs.
     *
     * @param signer signing certificate
     * @param scheme signature scheme (its digest is used for the message digest and ESSCertIDv2)
     * @param messageDigest digest of the PDF byte range
     * @return DER SET OF Attribute
     */
    public static byte[] signedAttributes(X509Certificate signer, SignatureScheme scheme,
            byte[] messageDigest) {
        try {
            AlgorithmIdentifier digestAlg = digestAlgorithm(scheme);
            byte[] certHash = MessageDigest.getInstance(scheme.digestAlgorithm())
                    .digest(signer.getEncoded());
            Certificate bcCert = Certificate.getInstance(signer.getEncoded());
            IssuerSerial issuerSerial = new IssuerSerial(
                    new GeneralNames(new GeneralName(bcCert.getIssuer())),
                    bcCert.getSerialNumber().getValue());
            ESSCertIDv2 certId = new ESSCertIDv2(digestAlg, certHash, issuerSerial);
            ASN1EncodableVector attrs = new ASN1EncodableVector();
            attrs.add(new Attribute(CMSAttributes.contentType, new DERSet(PKCSObjectIdentifiers.data)));
            attrs.add(new Attribute(CMSAttributes.messageDigest,
                    new DERSet(new DEROctetString(messageDigest))));
            attrs.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certId}))));
            return new DERSet(attrs).getEncoded(ASN1Encoding.DER);
        } catch (GeneralSecurityException | IOException e) {
            throw new SigningException("Cannot build the CMS signed attributes for "
                    + signer.getSubjectX500Principal(), e);
        }
    }

    /**
     * Checks that {@code signatureValue} is a valid signature of {@code dataToBeSigned} by the
     * signer certificate's key, so a wrong key or scheme fails before anything is written.
     *
     * @param signer signing certificate
     * @param scheme scheme
     * @param dataToBeSigned DER signed attributes
     * @param signatureValue the value returned by the key
     */
    public static void verify(X509Certificate signer, SignatureScheme scheme,
            byte[] dataToBeSigned, byte[] signatureValue) {
        boolean ok;
        try {
            Signature verifier = Signature.getInstance(scheme.jcaName());
            verifier.initVerify(signer.getPublicKey());
            if (scheme.parameters().isPresent()) {
                verifier.setParameter(scheme.parameters().get());
            }
            verifier.update(dataToBeSigned);
            ok = verifier.verify(signatureValue);
        } catch (GeneralSecurityException e) {
            throw new SigningException("The signature value does not verify with the key of "
                    + signer.getSubjectX500Principal() + " (" + scheme + "): " + e.getMessage(), e);
        }
        if (!ok) {
            throw new SigningException("The signature value does not verify with the key of "
                    + signer.getSubjectX500Principal() + " (" + scheme
                    + "): wrong key, scheme or data to be signed");
        }
    }

    /**
     * Assembles the DER ContentInfo(SignedData).
     *
     * @param chain signer first
     * @param scheme scheme
     * @param signedAttributes DER signed attributes exactly as signed
     * @param signatureValue signature value
     * @param signatureTimestamp DER time-stamp token to add as unsigned attribute
     * @return DER CMS
     */
    public static byte[] assemble(List<X509Certificate> chain, SignatureScheme scheme,
            byte[] signedAttributes, byte[] signatureValue, Optional<byte[]> signatureTimestamp) {
        try {
            Certificate signer = Certificate.getInstance(chain.get(0).getEncoded());
            AlgorithmIdentifier digestAlg = digestAlgorithm(scheme);
            ASN1Set unsigned = null;
            if (signatureTimestamp.isPresent()) {
                ASN1Primitive token = ASN1Primitive.fromByteArray(signatureTimestamp.get());
                unsigned = new DERSet(new Attribute(
                        PKCSObjectIdentifiers.id_aa_signatureTimeStampToken, new DERSet(token)));
            }
            SignerInfo signerInfo = new SignerInfo(
                    new SignerIdentifier(new IssuerAndSerialNumber(signer.getIssuer(),
                            signer.getSerialNumber().getValue())),
                    digestAlg, ASN1Set.getInstance(signedAttributes), signatureAlgorithm(scheme),
                    new DEROctetString(signatureValue), unsigned);
            ASN1EncodableVector certs = new ASN1EncodableVector();
            for (X509Certificate c : chain) {
                certs.add(Certificate.getInstance(c.getEncoded()));
            }
            SignedData signedData = new SignedData(new DERSet(digestAlg),
                    new ContentInfo(PKCSObjectIdentifiers.data, null), new DERSet(certs), null,
                    new DERSet(signerInfo));
            return new ContentInfo(PKCSObjectIdentifiers.signedData, signedData)
                    .getEncoded(ASN1Encoding.DER);
        } catch (CertificateEncodingException | IOException e) {
            throw new SigningException("Cannot assemble the CMS signature", e);
        }
    }

    /**
     * Hashes bytes with the scheme's digest (the time-stamp imprint of a signature value).
     *
     * @param signatureValue signature value bytes
     * @param scheme scheme
     * @return the digest
     */
    public static byte[] digest(byte[] signatureValue, SignatureScheme scheme) {
        try {
            return MessageDigest.getInstance(scheme.digestAlgorithm()).digest(signatureValue);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static AlgorithmIdentifier digestAlgorithm(SignatureScheme scheme) {
        // RFC 5754 §2: parameters absent for SHA-2; also lets ESSCertIDv2 omit its SHA-256 default.
        return new AlgorithmIdentifier(TimeStamps.digestOid(scheme.digestAlgorithm()));
    }

    /**
     * Returns the CMS signature algorithm identifier of a scheme.
     *
     * @param scheme the scheme
     * @return the identifier, with RSASSA-PSS parameters for PSS
     */
    public static AlgorithmIdentifier signatureAlgorithm(SignatureScheme scheme) {
        String name;
        switch (scheme) {
            case RSA_PSS_SHA256:
                name = "SHA256withRSAandMGF1";
                break;
            case RSA_PSS_SHA384:
                name = "SHA384withRSAandMGF1";
                break;
            default:
                name = scheme.jcaName();
        }
        return new DefaultSignatureAlgorithmIdentifierFinder().find(name);
    }
}
