// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.verify;

import io.github.vanban.signing.testing.TestPki;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Calendar;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * A small PAdES signer for what the project signer does not do: certification signatures with a
 * DocMDP level, visible widgets with arbitrary appearance text (for the sneaky signature attack),
 * and keys outside the test PKI. The CMS is CAdES B-B (content-type, message-digest,
 * signing-certificate-v2).
 */
final class TestSigner {
    private TestSigner() {}

    /** What to sign with and how. */
    record Options(List<X509Certificate> chain, KeyPair key, String field, int docMdp,
            Optional<String> visibleText, PDRectangle rect) {}

    static Options of(TestPki.Identity who, String field) {
        return new Options(who.chain(), who.keyPair(), field, 0, Optional.empty(),
                new PDRectangle(0, 0, 0, 0));
    }

    static byte[] certify(byte[] in, TestPki.Identity who, int p) {
        Options o = of(who, "chung_thuc");
        return sign(in, new Options(o.chain(), o.key(), o.field(), p, Optional.empty(), o.rect()));
    }

    static byte[] sign(byte[] in, Options o) {
        return sign(in, o, PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
    }

    /** Signs with another {@code /SubFilter} written in the dictionary (same CMS). */
    static byte[] sign(byte[] in, Options o, COSName subFilter) {
        return sign(in, o, subFilter, List.of());
    }

    /**
     * Signs and locks {@code locked} fields against later filling: a FieldMDP transform
     * ({@code /Action /Include}) in the signed {@code /Reference}, as ISO 32000-1 §12.8.2.4 has it.
     */
    static byte[] signLocking(byte[] in, Options o, List<String> locked) {
        return sign(in, o, PDSignature.SUBFILTER_ETSI_CADES_DETACHED, locked);
    }

    private static byte[] sign(byte[] in, Options o, COSName subFilter, List<String> locked) {
        try (PDDocument doc = Loader.loadPDF(in)) {
            PDSignature sig = new PDSignature();
            sig.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            sig.setSubFilter(subFilter);
            sig.setSignDate(Calendar.getInstance());
            if (o.docMdp() > 0) {
                COSDictionary params = new COSDictionary();
                params.setItem(COSName.TYPE, COSName.getPDFName("TransformParams"));
                params.setInt(COSName.P, o.docMdp());
                params.setName(COSName.V, "1.2");
                params.setDirect(true);
                COSDictionary ref = new COSDictionary();
                ref.setItem(COSName.TYPE, COSName.getPDFName("SigRef"));
                ref.setItem(COSName.getPDFName("TransformMethod"), COSName.DOCMDP);
                ref.setItem(COSName.getPDFName("TransformParams"), params);
                ref.setDirect(true);
                COSArray refs = new COSArray();
                refs.add(ref);
                refs.setDirect(true);
                sig.getCOSObject().setItem(COSName.getPDFName("Reference"), refs);
                COSDictionary perms = new COSDictionary();
                perms.setItem(COSName.DOCMDP, sig);
                doc.getDocumentCatalog().getCOSObject().setItem(COSName.PERMS, perms);
                doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            }
            if (!locked.isEmpty()) {
                COSDictionary params = new COSDictionary();
                params.setItem(COSName.TYPE, COSName.getPDFName("TransformParams"));
                params.setName(COSName.getPDFName("Action"), "Include");
                COSArray fields = new COSArray();
                locked.forEach(name -> fields.add(new org.apache.pdfbox.cos.COSString(name)));
                params.setItem(COSName.FIELDS, fields);
                params.setName(COSName.V, "1.2");
                COSDictionary ref = new COSDictionary();
                ref.setItem(COSName.TYPE, COSName.getPDFName("SigRef"));
                ref.setItem(COSName.getPDFName("TransformMethod"), COSName.getPDFName("FieldMDP"));
                ref.setItem(COSName.getPDFName("TransformParams"), params);
                COSArray refs = new COSArray();
                refs.add(ref);
                sig.getCOSObject().setItem(COSName.getPDFName("Reference"), refs);
            }
            SignatureOptions options = new SignatureOptions();
            options.setPreferredSignatureSize(20_000);
            doc.addSignature(sig, content -> cms(content, o), options);
            for (PDSignatureField f : doc.getSignatureFields()) {
                if (f.getSignature() != null
                        && f.getSignature().getCOSObject() == sig.getCOSObject()) {
                    f.setPartialName(o.field());
                    if (o.visibleText().isPresent()) {
                        draw(doc, f.getWidgets().get(0), o);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out);
            options.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Gives the widget a rectangle and an appearance that prints {@code visibleText}. */
    static void draw(PDDocument doc, PDAnnotationWidget widget, Options o) throws IOException {
        widget.setRectangle(o.rect());
        widget.setPrinted(true);
        PDAppearanceStream ap = new PDAppearanceStream(doc);
        ap.setBBox(new PDRectangle(o.rect().getWidth(), o.rect().getHeight()));
        ap.setResources(new org.apache.pdfbox.pdmodel.PDResources());
        try (PDPageContentStream cs = new PDPageContentStream(doc, ap)) {
            cs.setNonStrokingColor(1f, 1f, 1f);
            cs.addRect(0, 0, o.rect().getWidth(), o.rect().getHeight());
            cs.fill();
            cs.setNonStrokingColor(0f, 0f, 0f);
            cs.beginText();
            cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            cs.newLineAtOffset(2, 6);
            cs.showText(o.visibleText().get());
            cs.endText();
        }
        PDAppearanceDictionary dict = new PDAppearanceDictionary();
        dict.setNormalAppearance(ap);
        widget.setAppearance(dict);
    }

    private static byte[] cms(InputStream content, Options o) throws IOException {
        try {
            byte[] data = content.readAllBytes();
            X509Certificate signer = o.chain().get(0);
            byte[] certHash = MessageDigest.getInstance("SHA-256").digest(signer.getEncoded());
            CMSAttributeTableGenerator attributes = params -> {
                Hashtable<ASN1ObjectIdentifier, Attribute> t = new Hashtable<>();
                t.put(CMSAttributes.contentType, new Attribute(CMSAttributes.contentType,
                        new DERSet((ASN1ObjectIdentifier) params.get(
                                CMSAttributeTableGenerator.CONTENT_TYPE))));
                t.put(CMSAttributes.messageDigest, new Attribute(CMSAttributes.messageDigest,
                        new DERSet(new DEROctetString((byte[]) params.get(
                                CMSAttributeTableGenerator.DIGEST)))));
                t.put(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new Attribute(
                        PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                        new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {
                            new ESSCertIDv2(certHash)}))));
                return new AttributeTable(t);
            };
            CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
            gen.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(attributes)
                    .build(new JcaContentSignerBuilder(o.key().getPrivate().getAlgorithm()
                            .equals("EC") ? "SHA256withECDSA" : "SHA256withRSA")
                            .build(o.key().getPrivate()), signer));
            gen.addCertificates(new JcaCertStore(o.chain()));
            return gen.generate(new CMSProcessableByteArray(data), false).getEncoded();
        } catch (Exception e) {
            throw new IOException("Cannot build the test CMS", e);
        }
    }

    /** A self-signed signer no trust anchor vouches for: the attacker's own key. */
    static TestPki.Identity selfSigned(String subject) {
        return selfSigned(subject, 2048);
    }

    /** A self-signed RSA signer with a key of {@code bits}. */
    static TestPki.Identity selfSigned(String subject, int bits) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(bits);
            KeyPair key = g.generateKeyPair();
            X500Name name = new X500Name(subject);
            long now = System.currentTimeMillis();
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(
                    new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now),
                            new java.util.Date(now - 86_400_000L),
                            new java.util.Date(now + 86_400_000L * 365), name, key.getPublic())
                            .build(new JcaContentSignerBuilder("SHA256withRSA")
                                    .build(key.getPrivate())));
            return new TestPki.Identity(key, cert, List.of(cert));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
