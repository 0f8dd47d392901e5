// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.internal;

import io.github.vanban.signing.SigningException;
import io.github.vanban.signing.ValidationData;
import io.github.vanban.signing.ValidationDataSource;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * B-LT and B-LTA building blocks: the {@code /DSS} dictionary (ETSI EN 319 142-1 §5.4.2, with
 * {@code /VRI} entries keyed by the SHA-1 of each signature's {@code /Contents}) and the facts
 * about existing signatures that {@code extend} needs.
 */
public final class Ltv {
    private static final COSName DSS = COSName.getPDFName("DSS");
    private static final COSName VRI = COSName.getPDFName("VRI");
    private static final COSName CERTS = COSName.getPDFName("Certs");
    private static final COSName OCSPS = COSName.getPDFName("OCSPs");
    private static final COSName CRLS = COSName.getPDFName("CRLs");
    private static final COSName CERT = COSName.getPDFName("Cert");
    private static final COSName OCSP = COSName.getPDFName("OCSP");
    private static final COSName CRL = COSName.getPDFName("CRL");
    private static final String RFC3161 = "ETSI.RFC3161";

    /**
     * What the file's signatures already have.
     *
     * @param signatures number of signature dictionaries
     * @param allTimestamped every CAdES signature has a signature time-stamp, or a document
     *     time-stamp exists
     */
    public record State(int signatures, boolean allTimestamped) {}

    private Ltv() {}

    /**
     * Inspects the signatures of a file.
     *
     * @param input the file
     * @return the state
     */
    public static State inspect(Path input) {
        try (PDDocument doc = Loader.loadPDF(input.toFile())) {
            List<PDSignature> signatures = doc.getSignatureDictionaries();
            boolean docTimestamp = false;
            boolean allStamped = true;
            for (PDSignature sig : signatures) {
                if (RFC3161.equals(sig.getSubFilter())) {
                    docTimestamp = true;
                } else {
                    SignerInformation signer = signedData(sig, input).getSignerInfos().iterator().next();
                    allStamped &= signer.getUnsignedAttributes() != null && signer.getUnsignedAttributes()
                            .get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken) != null;
                }
            }
            return new State(signatures.size(), docTimestamp || allStamped);
        } catch (IOException e) {
            throw new SigningException("Cannot read the signatures of " + input, e);
        }
    }

    /**
     * Appends a revision with a {@code /DSS} holding validation data for every signature and
     * time-stamp in the file.
     *
     * @param input signed file
     * @param output target
     * @param source revocation data source
     */
    public static void addDss(Path input, Path output, ValidationDataSource source) {
        try (PDDocument doc = Loader.loadPDF(input.toFile())) {
            List<PDSignature> signatures = doc.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                throw new SigningException("Cannot add validation data to " + input
                        + ": it has no signature");
            }
            // Issuers are looked up across all signatures: a document time-stamp token usually
            // carries the TSA chain without the root that the signer's chain holds.
            List<X509Certificate> everything = new ArrayList<>();
            Map<PDSignature, List<X509Certificate>> certsOf = new LinkedHashMap<>();
            for (PDSignature sig : signatures) {
                List<X509Certificate> certs = certificates(sig, input);
                certsOf.put(sig, certs);
                everything.addAll(certs);
            }
            Map<String, ValidationData> perSignature = new LinkedHashMap<>();
            for (Map.Entry<PDSignature, List<X509Certificate>> e : certsOf.entrySet()) {
                perSignature.put(vriKey(e.getKey()), collect(e.getValue(), everything, source));
            }
            writeDss(doc, perSignature);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
                doc.saveIncremental(out);
            }
        } catch (IOException e) {
            throw new SigningException("Cannot add validation data to " + input + ": "
                    + e.getMessage(), e);
        }
    }

    private static ValidationData collect(List<X509Certificate> start,
            List<X509Certificate> known, ValidationDataSource source) {
        List<X509Certificate> pool = new ArrayList<>(start);
        for (X509Certificate k : known) {
            if (!pool.contains(k)) {
                pool.add(k);
            }
        }
        ValidationData data = ValidationData.of(start, List.of(), List.of());
        Deque<X509Certificate> work = new ArrayDeque<>(start);
        Set<X509Certificate> done = new HashSet<>();
        while (!work.isEmpty()) {
            X509Certificate cert = work.pop();
            if (!done.add(cert) || isSelfSigned(cert) || hasOcspNoCheck(cert)) {
                continue;
            }
            Optional<X509Certificate> issuer = issuerOf(cert, pool);
            if (issuer.isEmpty()) {
                throw new SigningException("Cannot find the issuer of "
                        + cert.getSubjectX500Principal() + " among the embedded certificates;"
                        + " sign with the whole chain");
            }
            ValidationData fetched = source.fetch(cert, issuer.get());
            data = data.merge(fetched);
            for (X509Certificate extra : fetched.certificates()) {
                if (!pool.contains(extra)) {
                    pool.add(extra);
                    work.add(extra);
                }
            }
            if (!pool.contains(issuer.get())) {
                pool.add(issuer.get());
            }
            work.add(issuer.get());
        }
        List<X509Certificate> used = new ArrayList<>(start);
        used.addAll(done);
        return data.merge(ValidationData.of(used, List.of(), List.of()));
    }

    private static Optional<X509Certificate> issuerOf(X509Certificate cert,
            List<X509Certificate> pool) {
        for (X509Certificate candidate : pool) {
            if (candidate.getSubjectX500Principal().equals(cert.getIssuerX500Principal())) {
                try {
                    cert.verify(candidate.getPublicKey());
                    return Optional.of(candidate);
                } catch (GeneralSecurityException e) {
                    // same name, other key: keep looking
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isSelfSigned(X509Certificate cert) {
        if (!cert.getSubjectX500Principal().equals(cert.getIssuerX500Principal())) {
            return false;
        }
        try {
            cert.verify(cert.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static boolean hasOcspNoCheck(X509Certificate cert) {
        return cert.getExtensionValue(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck.getId()) != null;
    }

    /**
     * Returns the certificates a signature or document time-stamp carries, including those of
     * its signature time-stamps.
     */
    private static List<X509Certificate> certificates(PDSignature sig, Path input) {
        List<X509Certificate> out = new ArrayList<>();
        CMSSignedData cms = signedData(sig, input);
        addAll(out, cms);
        SignerInformation signer = cms.getSignerInfos().iterator().next();
        if (signer.getUnsignedAttributes() != null) {
            org.bouncycastle.asn1.cms.Attribute ts = signer.getUnsignedAttributes()
                    .get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
            if (ts != null) {
                for (org.bouncycastle.asn1.ASN1Encodable value : ts.getAttrValues()) {
                    try {
                        TimeStampToken token = TimeStamps.parse(
                                value.toASN1Primitive().getEncoded(), "signature time-stamp");
                        out.addAll(TimeStamps.certificates(token));
                    } catch (IOException e) {
                        throw new SigningException("Broken signature time-stamp in " + input, e);
                    }
                }
            }
        }
        return out;
    }

    private static void addAll(List<X509Certificate> out, CMSSignedData cms) {
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        for (X509CertificateHolder holder : cms.getCertificates().getMatches(null)) {
            try {
                out.add(converter.getCertificate(holder));
            } catch (CertificateException e) {
                throw new SigningException("A signature carries a broken certificate", e);
            }
        }
    }

    private static CMSSignedData signedData(PDSignature sig, Path input) {
        try {
            return new CMSSignedData(sig.getContents());
        } catch (CMSException e) {
            throw new SigningException("Signature '" + sig.getName() + "' in " + input
                    + " does not hold a CMS", e);
        }
    }

    private static String vriKey(PDSignature sig) {
        try {
            return HexFormat.of().withUpperCase().formatHex(
                    MessageDigest.getInstance("SHA-1").digest(sig.getContents()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeDss(PDDocument doc, Map<String, ValidationData> perSignature)
            throws IOException {
        COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
        COSDictionary dss = catalog.getCOSDictionary(DSS);
        if (dss == null) {
            dss = new COSDictionary();
            catalog.setItem(DSS, dss);
        }
        catalog.setNeedToBeUpdated(true);
        dss.setNeedToBeUpdated(true);
        Map<String, COSStream> known = new LinkedHashMap<>();
        COSArray certs = array(dss, CERTS, known);
        COSArray ocsps = array(dss, OCSPS, known);
        COSArray crls = array(dss, CRLS, known);
        COSDictionary vri = dss.getCOSDictionary(VRI);
        if (vri == null) {
            vri = new COSDictionary();
            dss.setItem(VRI, vri);
        }
        vri.setNeedToBeUpdated(true);
        for (Map.Entry<String, ValidationData> entry : perSignature.entrySet()) {
            ValidationData data = entry.getValue();
            COSDictionary item = new COSDictionary();
            COSArray vriCerts = new COSArray();
            for (X509Certificate c : data.certificates()) {
                try {
                    vriCerts.add(stream(doc, certs, CERTS, known, c.getEncoded()));
                } catch (java.security.cert.CertificateEncodingException e) {
                    throw new SigningException("Cannot encode " + c.getSubjectX500Principal(), e);
                }
            }
            COSArray vriOcsps = new COSArray();
            for (byte[] o : data.ocspResponses()) {
                vriOcsps.add(stream(doc, ocsps, OCSPS, known, o));
            }
            COSArray vriCrls = new COSArray();
            for (byte[] c : data.crls()) {
                vriCrls.add(stream(doc, crls, CRLS, known, c));
            }
            item.setItem(CERT, vriCerts);
            if (vriOcsps.size() > 0) {
                item.setItem(OCSP, vriOcsps);
            }
            if (vriCrls.size() > 0) {
                item.setItem(CRL, vriCrls);
            }
            vri.setItem(COSName.getPDFName(entry.getKey()), item);
        }
    }

    private static COSArray array(COSDictionary dss, COSName name, Map<String, COSStream> known)
            throws IOException {
        COSArray array = dss.getCOSArray(name);
        if (array == null) {
            array = new COSArray();
            dss.setItem(name, array);
        }
        array.setNeedToBeUpdated(true);
        for (int i = 0; i < array.size(); i++) {
            COSBase base = array.getObject(i);
            if (base instanceof COSStream) {
                try (InputStream in = ((COSStream) base).createInputStream()) {
                    known.put(name.getName() + Arrays.toString(in.readAllBytes()), (COSStream) base);
                }
            }
        }
        return array;
    }

    private static COSStream stream(PDDocument doc, COSArray array, COSName name,
            Map<String, COSStream> known, byte[] bytes) throws IOException {
        String key = name.getName() + Arrays.toString(bytes);
        COSStream existing = known.get(key);
        if (existing != null) {
            return existing;
        }
        COSStream stream = doc.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(bytes);
        }
        stream.setNeedToBeUpdated(true);
        array.add(stream);
        known.put(key, stream);
        return stream;
    }
}
