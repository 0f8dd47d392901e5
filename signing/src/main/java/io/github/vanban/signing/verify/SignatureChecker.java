// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.verify;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.ESSCertID;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificate;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * The byte-level and cryptographic checks of one signature: /ByteRange shape, the gap holding
 * exactly the /Contents hex string, the CMS (ETSI EN 319 122-1) or time-stamp token (RFC 3161),
 * the message digest, the signature value, the signing-certificate attribute and algorithm
 * strength. Trust and time are checked afterwards by {@link VerificationRun}.
 */
final class SignatureChecker {
    static final String CADES = "ETSI.CAdES.detached";
    static final String PKCS7 = "adbe.pkcs7.detached";
    static final String RFC3161 = "ETSI.RFC3161";
    private static final ASN1ObjectIdentifier ADBE_REVOCATION =
            new ASN1ObjectIdentifier("1.2.840.113583.1.1.8");
    private static final String TIME_STAMPING = "1.3.6.1.5.5.7.3.8";
    private static final Map<ASN1ObjectIdentifier, String> STRONG_DIGESTS = Map.of(
            NISTObjectIdentifiers.id_sha256, "SHA-256",
            NISTObjectIdentifiers.id_sha384, "SHA-384",
            NISTObjectIdentifiers.id_sha512, "SHA-512",
            NISTObjectIdentifiers.id_sha3_256, "SHA3-256",
            NISTObjectIdentifiers.id_sha3_384, "SHA3-384",
            NISTObjectIdentifiers.id_sha3_512, "SHA3-512");

    private SignatureChecker() {}

    /** The signed gap [b, c) and signed end c + d, once the /ByteRange is known sane. */
    record Range(long b, long c, long d) {
        long end() {
            return c + d;
        }
    }

    /**
     * Checks the /ByteRange (ISO 32000-1 §12.8.1) and that the gap holds exactly the /Contents
     * hex string (pdf-insecurity.org signature wrapping). Returns the range when both pass.
     */
    static Optional<Range> checkByteRange(SignatureFacts f, PdfBytes file) {
        COSBase raw = f.dictionary.getDictionaryObject(COSName.BYTERANGE);
        List<Long> numbers = new ArrayList<>();
        boolean integers = raw instanceof COSArray;
        if (integers) {
            COSArray array = (COSArray) raw;
            for (int i = 0; i < array.size() && i < 16; i++) {
                COSBase item = array.getObject(i);
                if (item instanceof COSInteger) {
                    numbers.add(((COSInteger) item).longValue());
                } else {
                    integers = false;
                }
            }
        }
        f.byteRange = List.copyOf(numbers);
        if (!integers || numbers.size() != 4) {
            f.fail("byte-range", Reason.BYTE_RANGE_INVALID,
                    "/ByteRange must be an array of exactly four integers, found "
                            + (raw == null ? "none"
                                    : raw.getClass().getSimpleName() + " " + numbers));
            return Optional.empty();
        }
        long a = numbers.get(0);
        long b = numbers.get(1);
        long c = numbers.get(2);
        long d = numbers.get(3);
        if (a != 0 || b <= 0 || c <= b + 1 || d < 0 || c + d > file.length()) {
            f.fail("byte-range", Reason.BYTE_RANGE_INVALID, "/ByteRange " + numbers
                    + " must start at 0, have a gap after the first range and stay within the "
                    + file.length() + "-byte file");
            return Optional.empty();
        }
        f.pass("byte-range", "/ByteRange " + numbers + " is well formed");
        COSBase contents = f.dictionary.getDictionaryObject(COSName.CONTENTS);
        if (!(contents instanceof COSString) || ((COSString) contents).getBytes().length == 0) {
            f.fail("contents", Reason.FORMAT_FAILURE, "/Contents is "
                    + (contents == null ? "missing" : "not a non-empty string"));
            return Optional.empty();
        }
        byte[] value = ((COSString) contents).getBytes();
        Optional<String> wrapping = gapProblem(file, b, c, value);
        if (wrapping.isPresent()) {
            f.fail("contents-gap", Reason.SIGNATURE_WRAPPING, wrapping.get());
            return Optional.empty();
        }
        f.pass("contents-gap", "The gap [" + b + ", " + c + ") holds exactly the /Contents value");
        return Optional.of(new Range(b, c, d));
    }

    private static Optional<String> gapProblem(PdfBytes file, long b, long c, byte[] value) {
        if (file.at(b) != '<' || file.at(c - 1) != '>') {
            return Optional.of("The gap [" + b + ", " + c + ") is not delimited by < and >");
        }
        long hexLength = c - b - 2;
        if (hexLength % 2 != 0) {
            return Optional.of("The gap holds an odd number of hex digits");
        }
        GapDecoder gap = new GapDecoder(value, hexLength / 2);
        try {
            file.read(b + 1, hexLength, gap);
        } catch (IOException e) {
            throw file.failure(e);
        }
        if (gap.nonHexPair >= 0) {
            return Optional.of("The gap holds a non-hex byte near offset "
                    + (b + 1 + 2 * gap.nonHexPair)
                    + ": something other than the signature is hidden in it");
        }
        if (!gap.equal) {
            return Optional.of("The parsed /Contents value is not the string in the gap [" + b
                    + ", " + c + ")");
        }
        return Optional.empty();
    }

    /** Digest of the signed bytes [0, b) + [c, c + d). */
    static byte[] digest(String algorithm, PdfBytes file, Range r)
            throws NoSuchAlgorithmException {
        MessageDigest md = MessageDigest.getInstance(algorithm);
        try {
            file.read(0, r.b(), md::update);
            file.read(r.c(), r.d(), md::update);
        } catch (IOException e) {
            throw file.failure(e);
        }
        return md.digest();
    }

    /**
     * Decodes the hex digits of a {@code /Contents} gap chunk by chunk, comparing them with the
     * parsed value as it goes: where the first pair with a non-hex byte is, and whether the
     * decoded bytes equal the value.
     */
    private static final class GapDecoder implements PdfBytes.Chunks {
        private final byte[] value;
        private long digits;
        private int high;
        /** Index of the first pair holding a non-hex byte, or -1. */
        long nonHexPair = -1;
        /** Whether every pair decoded so far equals the value's byte (and the lengths agree). */
        boolean equal;

        GapDecoder(byte[] value, long pairs) {
            this.value = value;
            this.equal = pairs == value.length;
        }

        @Override
        public void accept(byte[] bytes, int offset, int count) {
            for (int k = offset; k < offset + count && nonHexPair < 0; k++, digits++) {
                int digit = Character.digit(bytes[k], 16);
                if (digit < 0) {
                    nonHexPair = digits / 2;
                } else if (digits % 2 == 0) {
                    high = digit;
                } else if (equal && value[(int) (digits / 2)] != (byte) (high << 4 | digit)) {
                    equal = false;
                }
            }
        }
    }

    /** Parses DER that must fill the value except for trailing zero padding. */
    static Optional<ASN1Primitive> der(SignatureFacts f, byte[] value) {
        ByteArrayInputStream in = new ByteArrayInputStream(value);
        try (ASN1InputStream asn1 = new ASN1InputStream(in, value.length)) {
            ASN1Primitive object = asn1.readObject();
            if (object == null) {
                f.fail("cms-structure", Reason.FORMAT_FAILURE, "/Contents holds no ASN.1 object");
                return Optional.empty();
            }
            for (int i = value.length - in.available(); i < value.length; i++) {
                if (value[i] != 0) {
                    f.fail("cms-structure", Reason.FORMAT_FAILURE,
                            "/Contents has non-zero bytes after the CMS at index " + i);
                    return Optional.empty();
                }
            }
            return Optional.of(object);
        } catch (IOException | RuntimeException e) {
            f.fail("cms-structure", Reason.FORMAT_FAILURE,
                    "/Contents is not DER: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Checks a CAdES or PKCS#7 detached signature over the range. */
    static void checkCms(SignatureFacts f, PdfBytes file, Range range, byte[] value) {
        Optional<ASN1Primitive> der = der(f, value);
        if (der.isEmpty()) {
            return;
        }
        CMSSignedData cms;
        SignerInformation si;
        try {
            cms = new CMSSignedData(new RangeContent(file, range),
                    ContentInfo.getInstance(der.get()));
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                f.fail("cms-structure", Reason.FORMAT_FAILURE,
                        "The CMS must hold exactly one SignerInfo, found " + signers.size());
                return;
            }
            if (cms.getSignedContent() != null
                    && !(cms.getSignedContent() instanceof RangeContent)) {
                f.fail("cms-structure", Reason.FORMAT_FAILURE, "The CMS must be detached");
                return;
            }
            si = signers.iterator().next();
            for (X509CertificateHolder h : cms.getCertificates().getMatches(null)) {
                f.cmsCertificates.add(new JcaX509CertificateConverter().getCertificate(h));
            }
            for (X509CRLHolder h : cms.getCRLs().getMatches(null)) {
                f.cmsRevocation.addCrl(h.getEncoded());
            }
            @SuppressWarnings("unchecked")
            org.bouncycastle.util.Store<ASN1Encodable> ocsps = cms.getOtherRevocationInfo(
                    OCSPObjectIdentifiers.id_pkix_ocsp_response);
            for (ASN1Encodable o : ocsps.getMatches(null)) {
                f.cmsRevocation.addOcsp(o.toASN1Primitive().getEncoded());
            }
        } catch (CMSException | IOException | CertificateException | RuntimeException e) {
            f.fail("cms-structure", Reason.FORMAT_FAILURE,
                    "The CMS SignedData cannot be read: " + e.getMessage());
            return;
        }
        f.pass("cms-structure", "CMS SignedData with one SignerInfo");
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(si.getSID());
        if (matches.size() != 1) {
            f.fail("signer-certificate", Reason.NO_CERTIFICATE_CHAIN_FOUND,
                    "The CMS holds " + matches.size() + " certificates matching the signer");
            return;
        }
        X509Certificate signer;
        try {
            signer = new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
        } catch (CertificateException e) {
            f.fail("signer-certificate", Reason.FORMAT_FAILURE, "Unreadable signer certificate");
            return;
        }
        f.signer = signer;
        String digestName = STRONG_DIGESTS.get(si.getDigestAlgorithmID().getAlgorithm());
        if (digestName == null) {
            f.fail("algorithms", Reason.CRYPTO_CONSTRAINTS_FAILURE, "Digest algorithm "
                    + si.getDigestAlgOID() + " is not SHA-2 (≥ 256) or SHA-3");
            return;
        }
        AttributeTable signed = si.getSignedAttributes();
        if (signed == null && CADES.equals(f.subFilter)) {
            f.fail("signed-attributes", Reason.FORMAT_FAILURE,
                    "ETSI.CAdES.detached requires signed attributes");
            return;
        }
        if (signed != null) {
            byte[] actual;
            try {
                actual = digest(digestName, file, range);
            } catch (NoSuchAlgorithmException e) {
                f.fail("algorithms", Reason.CRYPTO_CONSTRAINTS_FAILURE,
                        digestName + " unavailable");
                return;
            }
            Attribute md = signed.get(CMSAttributes.messageDigest);
            if (md == null || md.getAttrValues().size() != 1) {
                f.fail("message-digest", Reason.FORMAT_FAILURE,
                        "The message-digest attribute is missing");
                return;
            }
            byte[] claimed = ASN1OctetString.getInstance(md.getAttrValues().getObjectAt(0))
                    .getOctets();
            if (!MessageDigest.isEqual(claimed, actual)) {
                f.fail("message-digest", Reason.HASH_FAILURE, "The " + digestName
                        + " of the signed bytes is " + hex(actual) + ", the signature says "
                        + hex(claimed));
                return;
            }
            f.pass("message-digest", digestName + " of the signed bytes matches");
            f.hasSigningTimeAttribute = signed.get(CMSAttributes.signingTime) != null;
            if (!signingCertificate(f, signed, signer)) {
                return;
            }
        }
        try {
            boolean ok = si.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(Trust.BC)
                    .build(signer));
            if (!ok) {
                f.fail("signature-value", Reason.SIG_CRYPTO_FAILURE,
                        "The signature value does not verify with the signer's public key");
                return;
            }
        } catch (CMSSignerDigestMismatchException e) {
            f.fail("message-digest", Reason.HASH_FAILURE,
                    "The signed bytes do not match the digest");
            return;
        } catch (Exception e) {
            f.fail("signature-value", Reason.SIG_CRYPTO_FAILURE,
                    "The signature value cannot be verified: " + e.getMessage());
            return;
        }
        f.pass("signature-value", "The signature value verifies with " + algorithmOf(signer));
        f.integrityPassed = true;
        checkKey(f, signer, "algorithms");
        checkKeyUsage(f, signer);
        if (signed != null) {
            Attribute archival = signed.get(ADBE_REVOCATION);
            if (archival != null) {
                adbeRevocation(f, archival);
            }
        }
        AttributeTable unsigned = si.getUnsignedAttributes();
        Attribute ts = unsigned == null ? null
                : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (ts != null) {
            f.pendingTimestamp = Optional.of(new PendingTimestamp(ts, si.getSignature()));
        }
    }

    /** A signature time-stamp waiting for trust checking. */
    record PendingTimestamp(Attribute attribute, byte[] signatureValue) {}

    private static boolean signingCertificate(SignatureFacts f, AttributeTable signed,
            X509Certificate signer) {
        try {
            Attribute v2 = signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
            Attribute v1 = signed.get(PKCSObjectIdentifiers.id_aa_signingCertificate);
            byte[] encoded = signer.getEncoded();
            if (v2 != null) {
                ESSCertIDv2 id = SigningCertificateV2.getInstance(
                        v2.getAttrValues().getObjectAt(0)).getCerts()[0];
                String alg = STRONG_DIGESTS.getOrDefault(id.getHashAlgorithm().getAlgorithm(), "");
                if (alg.isEmpty() || !MessageDigest.isEqual(id.getCertHash(),
                        MessageDigest.getInstance(alg).digest(encoded))) {
                    f.fail("signing-certificate", Reason.SIGNING_CERTIFICATE_MISMATCH,
                            "signing-certificate-v2 names another certificate");
                    return false;
                }
                f.hasSigningCertificateV2 = true;
                f.pass("signing-certificate", "signing-certificate-v2 matches the signer");
            } else if (v1 != null) {
                ESSCertID id = SigningCertificate.getInstance(
                        v1.getAttrValues().getObjectAt(0)).getCerts()[0];
                if (!MessageDigest.isEqual(id.getCertHash(),
                        MessageDigest.getInstance("SHA-1").digest(encoded))) {
                    f.fail("signing-certificate", Reason.SIGNING_CERTIFICATE_MISMATCH,
                            "signing-certificate names another certificate");
                    return false;
                }
                f.pass("signing-certificate", "signing-certificate (v1) matches the signer");
            } else {
                f.checks.add(new Check("signing-certificate", true,
                        "No signing-certificate attribute (not a PAdES baseline signature)"));
            }
            return true;
        } catch (Exception e) {
            f.fail("signing-certificate", Reason.FORMAT_FAILURE,
                    "Unreadable signing-certificate attribute: " + e.getMessage());
            return false;
        }
    }

    private static void adbeRevocation(SignatureFacts f, Attribute archival) {
        try {
            ASN1Sequence seq = ASN1Sequence.getInstance(archival.getAttrValues().getObjectAt(0));
            for (ASN1Encodable e : seq) {
                ASN1TaggedObject tagged = ASN1TaggedObject.getInstance(e);
                ASN1Sequence items = ASN1Sequence.getInstance(tagged.getBaseObject());
                for (ASN1Encodable item : items) {
                    byte[] der = item.toASN1Primitive().getEncoded();
                    if (tagged.getTagNo() == 0) {
                        f.cmsRevocation.addCrl(der);
                    } else if (tagged.getTagNo() == 1) {
                        f.cmsRevocation.addOcsp(der);
                    }
                }
            }
        } catch (Exception e) {
            f.checks.add(new Check("revocation-archival", false,
                    "Unreadable adbe-revocationInfoArchival attribute, ignored"));
        }
    }

    static void checkKey(SignatureFacts f, X509Certificate cert, String check) {
        var key = cert.getPublicKey();
        if (key instanceof RSAPublicKey && ((RSAPublicKey) key).getModulus().bitLength() < 2048) {
            f.fail(check, Reason.CRYPTO_CONSTRAINTS_FAILURE, "RSA key of "
                    + ((RSAPublicKey) key).getModulus().bitLength() + " bits is below 2048");
        } else if (key instanceof ECPublicKey
                && ((ECPublicKey) key).getParams().getOrder().bitLength() < 256) {
            f.fail(check, Reason.CRYPTO_CONSTRAINTS_FAILURE, "EC key below 256 bits");
        } else {
            f.pass(check, algorithmOf(cert) + " meets Circular 15/2025 minimums");
        }
    }

    private static void checkKeyUsage(SignatureFacts f, X509Certificate signer) {
        boolean[] ku = signer.getKeyUsage();
        if (ku != null && !(ku[0] || ku[1])) {
            f.fail("key-usage", Reason.KEY_USAGE_NOT_ALLOWED,
                    "The signer certificate allows neither digitalSignature nor nonRepudiation");
        } else {
            f.pass("key-usage", "Key usage allows signing");
        }
    }

    static String algorithmOf(X509Certificate cert) {
        var key = cert.getPublicKey();
        if (key instanceof RSAPublicKey) {
            return "RSA " + ((RSAPublicKey) key).getModulus().bitLength();
        }
        if (key instanceof ECPublicKey) {
            return "EC " + ((ECPublicKey) key).getParams().getOrder().bitLength();
        }
        return key.getAlgorithm();
    }

    /** The outcome of reading and checking an RFC 3161 token (not yet its trust). */
    record Token(Optional<Instant> time, Optional<X509Certificate> tsa,
            List<X509Certificate> certificates, Optional<Reason> failure, String detail) {}

    /**
     * Reads an RFC 3161 token and checks that its imprint is {@code imprintOf} hashed with its
     * own algorithm, its signature verifies and its certificate is for time-stamping.
     */
    static Token token(ContentInfo info, ImprintSource imprintOf) {
        try {
            TimeStampToken token = new TimeStampToken(info);
            List<X509Certificate> certs = new ArrayList<>();
            for (X509CertificateHolder h : token.getCertificates().getMatches(null)) {
                certs.add(new JcaX509CertificateConverter().getCertificate(h));
            }
            String alg = STRONG_DIGESTS.get(token.getTimeStampInfo().getMessageImprintAlgOID());
            if (alg == null) {
                return new Token(Optional.empty(), Optional.empty(), certs,
                        Optional.of(Reason.CRYPTO_CONSTRAINTS_FAILURE),
                        "Time-stamp imprint algorithm is not SHA-2 (≥ 256) or SHA-3");
            }
            if (!MessageDigest.isEqual(token.getTimeStampInfo().getMessageImprintDigest(),
                    imprintOf.digest(alg))) {
                return new Token(Optional.empty(), Optional.empty(), certs,
                        Optional.of(Reason.HASH_FAILURE),
                        "The time-stamp imprint does not match the time-stamped data");
            }
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches =
                    token.getCertificates().getMatches(token.getSID());
            if (matches.size() != 1) {
                return new Token(Optional.empty(), Optional.empty(), certs,
                        Optional.of(Reason.NO_CERTIFICATE_CHAIN_FOUND),
                        "The time-stamp token does not hold its TSA certificate");
            }
            X509Certificate tsa = new JcaX509CertificateConverter()
                    .getCertificate(matches.iterator().next());
            if (!token.isSignatureValid(new JcaSimpleSignerInfoVerifierBuilder()
                    .setProvider(Trust.BC).build(tsa))) {
                return new Token(Optional.empty(), Optional.of(tsa), certs,
                        Optional.of(Reason.SIG_CRYPTO_FAILURE),
                        "The time-stamp signature does not verify");
            }
            List<String> eku = tsa.getExtendedKeyUsage();
            if (eku == null || !eku.contains(TIME_STAMPING)) {
                return new Token(Optional.empty(), Optional.of(tsa), certs,
                        Optional.of(Reason.KEY_USAGE_NOT_ALLOWED),
                        "The TSA certificate lacks the timeStamping extended key usage");
            }
            Instant time = token.getTimeStampInfo().getGenTime().toInstant();
            return new Token(Optional.of(time), Optional.of(tsa), certs, Optional.empty(),
                    "Time-stamp of " + time + " by " + tsa.getSubjectX500Principal().getName());
        } catch (Exception e) {
            return new Token(Optional.empty(), Optional.empty(), List.of(),
                    Optional.of(Reason.FORMAT_FAILURE),
                    "Unreadable time-stamp token: " + e.getMessage());
        }
    }

    /** Computes the data a time-stamp imprint should cover, with the token's algorithm. */
    interface ImprintSource {
        byte[] digest(String algorithm) throws NoSuchAlgorithmException;
    }

    /** Reads a document time-stamp's token from /Contents. */
    static Optional<ContentInfo> documentToken(SignatureFacts f, byte[] value) {
        Optional<ASN1Primitive> der = der(f, value);
        if (der.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ContentInfo.getInstance(der.get()));
        } catch (RuntimeException e) {
            f.fail("cms-structure", Reason.FORMAT_FAILURE, "/Contents is not a ContentInfo");
            return Optional.empty();
        }
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    /** The signed bytes as CMS content, written straight from the file without copying. */
    private static final class RangeContent implements CMSTypedData {
        private final PdfBytes file;
        private final Range range;

        RangeContent(PdfBytes file, Range range) {
            this.file = file;
            this.range = range;
        }

        @Override
        public ASN1ObjectIdentifier getContentType() {
            return PKCSObjectIdentifiers.data;
        }

        @Override
        public void write(OutputStream out) throws IOException {
            file.read(0, range.b(), out::write);
            file.read(range.c(), range.d(), out::write);
        }

        @Override
        public Object getContent() {
            return range;
        }
    }
}
