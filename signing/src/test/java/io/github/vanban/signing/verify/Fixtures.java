// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.verify;

import io.github.vanban.signing.FieldLocator;
import io.github.vanban.signing.KeyStoreSigningKey;
import io.github.vanban.signing.PadesLevel;
import io.github.vanban.signing.PadesSigner;
import io.github.vanban.signing.SignRequest;
import io.github.vanban.signing.TsaClient;
import io.github.vanban.signing.ValidationData;
import io.github.vanban.signing.ValidationDataSource;
import io.github.vanban.signing.testing.CrlServer;
import io.github.vanban.signing.testing.LoopbackTsa;
import io.github.vanban.signing.testing.OpenSslOcspResponder;
import io.github.vanban.signing.testing.TestPki;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRLEntry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.jcajce.JcaBasicOCSPRespBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Shared test environment: the snapshot {@link TestPki} with a real loopback TSA, OpenSSL OCSP
 * responder and CRL server, started once per JVM, plus helpers that make unsigned letters and sign
 * them with the project's {@link PadesSigner}. Every file goes to a fresh temporary directory.
 */
final class Fixtures {
    /** Text of the letter's first body line; tests look for it after attacks. */
    static final String BODY = "Kính gửi: Ủy ban nhân dân tỉnh Lai Châu";
    /** The amount line, drawn 24 pt below the body line; the shadow attacks target it. */
    static final String AMOUNT = "Số tiền tạm ứng: 10.000.000 đồng.";
    /** Where the amount line's glyphs are: a widget over this rectangle covers them. */
    static final PDRectangle AMOUNT_AREA = new PDRectangle(70, 670, 330, 24);

    private static Fixtures instance;

    final TestPki pki;
    final Path work;
    private final LoopbackTsa tsa;
    private final OpenSslOcspResponder ocsp;
    private final CrlServer crl;

    private Fixtures() throws IOException {
        work = Files.createTempDirectory("vanban-verify");
        crl = CrlServer.bind();
        ocsp = OpenSslOcspResponder.reserve(work.resolve("ocsp"));
        pki = new TestPki(ocsp.url(), crl.baseUrl());
        crl.serve(() -> pki);
        ocsp.start(pki);
        tsa = LoopbackTsa.start(pki, Clock.systemUTC(), LoopbackTsa.Behaviour.NORMAL);
        Runtime.getRuntime().addShutdownHook(new Thread(this::close));
    }

    static synchronized Fixtures get() {
        if (instance == null) {
            try {
                instance = new Fixtures();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    private void close() {
        tsa.close();
        ocsp.close();
        crl.close();
    }

    /**
     * Returns a verifier that trusts only the test root and gets revocation data not embedded
     * in the file from the test PKI's current CRLs (as a receiving system's online check would).
     */
    Verifier verifier() {
        return Verifier.builder().trustAnchor(pki.root().certificate())
                .validationDataSource(crls()).build();
    }

    /** Returns a fresh path in the work directory. */
    Path file(String name) {
        try {
            return Files.createTempDirectory(work, "case").resolve(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Extra content drawn into a letter before it is signed (the shadow attacks' preparation). */
    interface Decoration {
        void apply(PDDocument doc, PDPage page, PDAcroForm form, PDType0Font font)
                throws IOException;
    }

    /**
     * Writes an unsigned one-page letter with the body text, a text form field {@code ghi_chu}
     * in an empty area at the bottom, and nothing else.
     */
    Path letter() {
        return letter((doc, page, form, font) -> { });
    }

    /** Writes the letter of {@link #letter()} plus {@code decoration}. */
    Path letter(Decoration decoration) {
        Path out = file("letter.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font font;
            try (InputStream ttf = Fixtures.class.getResourceAsStream(
                    "/liberation/LiberationSerif-Regular.ttf")) {
                font = PDType0Font.load(doc, ttf, false);
            }
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 14);
                cs.newLineAtOffset(72, 700);
                cs.showText(BODY);
                cs.newLineAtOffset(0, -24);
                cs.showText(AMOUNT);
                cs.endText();
            }
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            PDResources dr = new PDResources();
            dr.put(COSName.getPDFName("Helv"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            form.setDefaultResources(dr);
            form.setDefaultAppearance("/Helv 0 Tf 0 g");
            textField(form, page, "ghi_chu", new PDRectangle(72, 100, 300, 20));
            decoration.apply(doc, page, form, font);
            doc.save(out.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * Writes the letter with a Decree 30 signature block at the bottom right (title "GIÁM ĐỐC",
     * the signer's name) and the two empty signature fields {@code vanban_signer} (between them)
     * and {@code vanban_seal}, as the document templates prepare them.
     */
    Path letterWithSignatureBlock() {
        return letter((doc, page, form, font) -> {
            try (PDPageContentStream cs = new PDPageContentStream(doc, page,
                    PDPageContentStream.AppendMode.APPEND, false)) {
                cs.beginText();
                cs.setFont(font, 13);
                cs.newLineAtOffset(380, 300);
                cs.showText("GIÁM ĐỐC");
                cs.newLineAtOffset(-12, -90);
                cs.showText("Trần Văn Tuấn");
                cs.endText();
            }
            signatureField(form, page, "vanban_signer", new PDRectangle(360, 225, 120, 65));
            signatureField(form, page, "vanban_seal", new PDRectangle(0, 0, 0, 0));
        });
    }

    private static void signatureField(PDAcroForm form, PDPage page, String name,
            PDRectangle rect) throws IOException {
        place(form, page, new org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField(form),
                name, rect);
    }

    /** Names {@code field}, puts its single widget at {@code rect} on {@code page}. */
    private static void place(PDAcroForm form, PDPage page,
            org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField field, String name,
            PDRectangle rect) throws IOException {
        field.setPartialName(name);
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(rect);
        widget.setPage(page);
        widget.setPrinted(true);
        page.getAnnotations().add(widget);
        form.getFields().add(field);
    }

    /** A transparent PNG: a blue scribble (signature) or a red ring with a star (seal). */
    static io.github.vanban.signing.PngImage png(boolean seal) {
        int w = seal ? 400 : 300;
        int h = seal ? 400 : 120;
        var image = new java.awt.image.BufferedImage(w, h,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING,
                java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        if (seal) {
            g.setColor(new java.awt.Color(220, 20, 20));
            g.setStroke(new java.awt.BasicStroke(14));
            g.drawOval(10, 10, 380, 380);
            g.drawOval(70, 70, 260, 260);
            g.fillPolygon(new int[] {200, 225, 300, 240, 260, 200, 140, 160, 100, 175},
                    new int[] {120, 180, 180, 220, 290, 250, 290, 220, 180, 180}, 10);
        } else {
            g.setColor(new java.awt.Color(20, 40, 200));
            g.setStroke(new java.awt.BasicStroke(6));
            g.drawPolyline(new int[] {10, 60, 90, 130, 170, 220, 290},
                    new int[] {90, 20, 100, 30, 95, 40, 70}, 7);
        }
        g.dispose();
        var out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return io.github.vanban.signing.PngImage.of(out.toByteArray());
    }

    /** Signs {@code in} with {@code who} into field {@code field} showing {@code appearance}. */
    Path sign(Path in, TestPki.Identity who, String field,
            io.github.vanban.signing.Appearance appearance, PadesLevel level) {
        Path out = file("signed-" + level + ".pdf");
        Path p12 = file("key.p12");
        who.writePkcs12(p12, "123456".toCharArray());
        PadesSigner.builder()
                .key(KeyStoreSigningKey.pkcs12(p12, "123456".toCharArray(), Optional.empty()))
                .timestampSource(TsaClient.of(tsa.url()))
                .validationDataSource(crls())
                .build()
                .sign(in, out, SignRequest.builder().level(level)
                        .field(FieldLocator.named(field)).appearance(appearance).build());
        return out;
    }

    /** Adds an empty text field with one widget at {@code rect}. */
    static PDTextField textField(PDAcroForm form, PDPage page, String name, PDRectangle rect)
            throws IOException {
        PDTextField field = new PDTextField(form);
        field.setDefaultAppearance("/Helv 12 Tf 0 g");
        place(form, page, field, name, rect);
        return field;
    }

    private final java.util.Map<PadesLevel, byte[]> signedLetters =
            new java.util.EnumMap<>(PadesLevel.class);

    /** The letter signed by the leader at {@code level}, made once per JVM; a fresh copy. */
    synchronized byte[] signedLetter(PadesLevel level) {
        return signedLetters.computeIfAbsent(level,
                l -> Attacks.read(sign(letter(), l))).clone();
    }

    /** Signs {@code in} as the leader at {@code level} into a new file. */
    Path sign(Path in, PadesLevel level) {
        return sign(in, level, pki.leader(), "chu_ky_" + level.name().toLowerCase());
    }

    /** Signs {@code in} with {@code who} at {@code level} in a new invisible field. */
    Path sign(Path in, PadesLevel level, TestPki.Identity who, String field) {
        return sign(in, who, field, io.github.vanban.signing.Appearance.invisible(), level);
    }

    /**
     * Revocation data for B-LT: fresh CRLs of the intermediate and the root, made in-process.
     * (With OpenSSL 3.0.19 the snapshot's OpenSslOcspResponder never answers the JDK HTTP client
     * behind ValidationDataSource.online, though it answers curl and openssl; so the embedded
     * data is CRLs, and OCSP is tested with responses built in-process, see {@link #ocsp}.)
     */
    ValidationDataSource crls() {
        return (certificate, issuer) -> {
            try {
                return ValidationData.of(List.of(pki.intermediate().certificate(),
                                pki.root().certificate()),
                        List.of(), List.of(
                                pki.crl(pki.intermediate()).getEncoded(),
                                pki.crl(pki.root()).getEncoded()));
            } catch (java.security.cert.CRLException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /**
     * Revocation data as OCSP responses made in-process with Bouncy Castle and signed by {@code
     * responder} (the status comes from the test PKI's CRL), for certificates the intermediate
     * issued; the intermediate itself is covered by the root's CRL. Responses are fresh: this
     * update now, next update in a day.
     */
    ValidationDataSource ocsp(TestPki.Identity responder) {
        return ocsp(responder, Duration.ZERO);
    }

    /** As {@link #ocsp(TestPki.Identity)}, but produced {@code age} ago, valid for a day. */
    ValidationDataSource ocsp(TestPki.Identity responder, Duration age) {
        return (certificate, issuer) -> {
            try {
                if (certificate.equals(pki.intermediate().certificate())) {
                    return ValidationData.of(List.of(), List.of(),
                            List.of(pki.crl(pki.root()).getEncoded()));
                }
                DigestCalculator sha1 = new JcaDigestCalculatorProviderBuilder().build()
                        .get(CertificateID.HASH_SHA1);
                CertificateID id = new CertificateID(sha1, new JcaX509CertificateHolder(issuer),
                        certificate.getSerialNumber());
                X509CRLEntry entry = pki.crl(pki.intermediate()).getRevokedCertificate(certificate);
                CertificateStatus status = entry == null ? CertificateStatus.GOOD
                        : new RevokedStatus(entry.getRevocationDate(), 0);
                Instant thisUpdate = Instant.now().minus(age);
                BasicOCSPRespBuilder builder = new JcaBasicOCSPRespBuilder(
                        responder.certificate().getPublicKey(), sha1);
                builder.addResponse(id, status, Date.from(thisUpdate),
                        Date.from(thisUpdate.plus(Duration.ofDays(1))), null);
                BasicOCSPResp basic = builder.build(new JcaContentSignerBuilder("SHA256withRSA")
                        .build(responder.keyPair().getPrivate()), new X509CertificateHolder[] {
                            new JcaX509CertificateHolder(responder.certificate())},
                        Date.from(thisUpdate));
                byte[] der = new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic)
                        .getEncoded();
                return ValidationData.of(List.of(), List.of(der), List.of());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** Raises {@code in} to {@code level}. */
    Path extend(Path in, PadesLevel level) {
        Path out = file("extended-" + level + ".pdf");
        PadesSigner.builder()
                .timestampSource(TsaClient.of(tsa.url()))
                .validationDataSource(crls())
                .build()
                .extend(in, out, level);
        return out;
    }
}
