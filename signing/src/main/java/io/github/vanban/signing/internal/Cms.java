// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.internal;

import io.github.vanban.signing.SignatureScheme;
import io.github.vanban.signing.SigningException;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
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
     * The parts of a signature that depend only on the certificate chain and the scheme: the
     * certificates, the signer identifier, the algorithm identifiers and the ESS
     * signing-certificate-v2 attribute. Built once per signer and reused for every document, so
     * the certificates are not re-encoded, re-parsed and re-hashed on each signature. Immutable
     * and thread-safe.
     */
    public static final class SignerParts {
        private final List<X509Certificate> chain;
        private final SignatureScheme scheme;
        private final AlgorithmIdentifier digestAlg;
        private final AlgorithmIdentifier signatureAlg;
        private final Attribute contentType;
        private final Attribute signingCertificate;
        private final SignerIdentifier signerId;
        private final ASN1Set certificates;
        private final int maxLength;

        private SignerParts(List<X509Certificate> chain, SignatureScheme scheme) {
            X509Certificate signer = chain.get(0);
            try {
                this.chain = List.copyOf(chain);
                this.scheme = scheme;
                this.digestAlg = digestAlgorithm(scheme);
                this.signatureAlg = signatureAlgorithm(scheme);
                ASN1EncodableVector certs = new ASN1EncodableVector();
                for (X509Certificate c : chain) {
                    certs.add(Certificate.getInstance(c.getEncoded()));
                }
                this.certificates = new DERSet(certs);
                Certificate bcSigner = Certificate.getInstance(certs.get(0));
                byte[] certHash = MessageDigest.getInstance(scheme.digestAlgorithm())
                        .digest(signer.getEncoded());
                IssuerSerial issuerSerial = new IssuerSerial(
                        new GeneralNames(new GeneralName(bcSigner.getIssuer())),
                        bcSigner.getSerialNumber().getValue());
                ESSCertIDv2 certId = new ESSCertIDv2(digestAlg, certHash, issuerSerial);
                this.contentType = new Attribute(CMSAttributes.contentType,
                        new DERSet(PKCSObjectIdentifiers.data));
                this.signingCertificate = new Attribute(
                        PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                        new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certId})));
                this.signerId = new SignerIdentifier(new IssuerAndSerialNumber(
                        bcSigner.getIssuer(), bcSigner.getSerialNumber().getValue()));
                int digestLength = MessageDigest.getInstance(scheme.digestAlgorithm())
                        .getDigestLength();
                this.maxLength = assemble(signedAttributes(new byte[digestLength]),
                        new byte[maxSignatureLength(signer)], Optional.empty()).length;
            } catch (GeneralSecurityException e) {
                throw new SigningException("Cannot build the CMS signer information for "
                        + signer.getSubjectX500Principal(), e);
            }
        }

        /**
         * Builds the parts for a chain and scheme.
         *
         * @param chain signer first, not empty
         * @param scheme signature scheme (its digest is used for the message digest and
         *     ESSCertIDv2)
         * @return the parts
         */
        public static SignerParts of(List<X509Certificate> chain, SignatureScheme scheme) {
            if (chain.isEmpty()) {
                throw new IllegalArgumentException("chain must not be empty");
            }
            return new SignerParts(chain, scheme);
        }

        /**
         * Returns the signer's certificate (the first of the chain).
         *
         * @return the certificate
         */
        public X509Certificate signerCertificate() {
            return chain.get(0);
        }

        /**
         * Returns the scheme these parts were built for.
         *
         * @return the scheme
         */
        public SignatureScheme scheme() {
            return scheme;
        }

        /**
         * Whether these parts were built for this chain and scheme.
         *
         * @param chain a chain, signer first
         * @param scheme a scheme
         * @return true if both are equal to the ones these parts were built from
         */
        public boolean isFor(List<X509Certificate> chain, SignatureScheme scheme) {
            return this.scheme == scheme && (this.chain == chain || this.chain.equals(chain));
        }

        /**
         * Returns an upper bound of the DER length of {@link #assemble} without a time-stamp
         * token: exact for RSA, whose signature value is always as long as the modulus, and the
         * longest DER encoding for ECDSA.
         *
         * @return bytes
         */
        public int maxLength() {
            return maxLength;
        }

        /**
         * Returns the DER-encoded signed attributes, i.e. the data the key signs.
         *
         * @param messageDigest digest of the PDF byte range
         * @return DER SET OF Attribute
         */
        public byte[] signedAttributes(byte[] messageDigest) {
            ASN1EncodableVector attrs = new ASN1EncodableVector(3);
            attrs.add(contentType);
            attrs.add(new Attribute(CMSAttributes.messageDigest,
                    new DERSet(new DEROctetString(messageDigest))));
            attrs.add(signingCertificate);
            try {
                return new DERSet(attrs).getEncoded(ASN1Encoding.DER);
            } catch (IOException e) {
                throw new SigningException("Cannot encode the CMS signed attributes", e);
            }
        }

        /**
         * Assembles the DER ContentInfo(SignedData).
         *
         * @param signedAttributes DER signed attributes exactly as signed
         * @param signatureValue signature value
         * @param signatureTimestamp DER time-stamp token to add as unsigned attribute
         * @return DER CMS
         */
        public byte[] assemble(byte[] signedAttributes, byte[] signatureValue,
                Optional<byte[]> signatureTimestamp) {
            try {
                ASN1Set unsigned = null;
                if (signatureTimestamp.isPresent()) {
                    ASN1Primitive token = ASN1Primitive.fromByteArray(signatureTimestamp.get());
                    unsigned = new DERSet(new Attribute(
                            PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                            new DERSet(token)));
                }
                SignerInfo signerInfo = new SignerInfo(signerId, digestAlg,
                        ASN1Set.getInstance(signedAttributes), signatureAlg,
                        new DEROctetString(signatureValue), unsigned);
                SignedData signedData = new SignedData(new DERSet(digestAlg),
                        new ContentInfo(PKCSObjectIdentifiers.data, null), certificates, null,
                        new DERSet(signerInfo));
                return new ContentInfo(PKCSObjectIdentifiers.signedData, signedData)
                        .getEncoded(ASN1Encoding.DER);
            } catch (IOException e) {
                throw new SigningException("Cannot assemble the CMS signature", e);
            }
        }

        /** RSA: the modulus length; ECDSA: SEQUENCE of two INTEGERs one byte longer than the field. */
        private static int maxSignatureLength(X509Certificate signer) {
            java.security.PublicKey key = signer.getPublicKey();
            if (key instanceof java.security.interfaces.RSAPublicKey) {
                return (((java.security.interfaces.RSAPublicKey) key).getModulus().bitLength() + 7) / 8;
            }
            if (key instanceof java.security.interfaces.ECPublicKey) {
                int field = (((java.security.interfaces.ECPublicKey) key).getParams().getCurve()
                        .getField().getFieldSize() + 7) / 8;
                return 2 * (field + 3) + 3;
            }
            throw new IllegalArgumentException("the key of " + signer.getSubjectX500Principal()
                    + " is " + key.getAlgorithm() + ", not RSA or EC");
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
