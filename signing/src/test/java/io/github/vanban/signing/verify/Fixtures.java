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
import java.time.Clock;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * Shared test environment: the snapshot {@link TestPki} with a real loopback TSA, OpenSSL OCSP
 * responder and CRL server, started once per JVM, plus helpers that make unsigned letters and sign
 * them with the project's {@link PadesSigner}. Every file goes to a fresh temporary directory.
 */
final class Fixtures {
    /** Text of the letter's first body line; tests look for it after attacks. */
    static final String BODY = "Kính gửi: Ủy ban nhân dân tỉnh Lai Châu";

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

    /**
     * Writes an unsigned one-page letter with the body text, a text form field {@code ghi_chu}
     * in an empty area, and two empty signature fields.
     */
    Path letter() {
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
                cs.showText("Số tiền tạm ứng: 10.000.000 đồng.");
                cs.endText();
            }
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            PDResources dr = new PDResources();
            dr.put(org.apache.pdfbox.cos.COSName.getPDFName("Helv"),
                    new org.apache.pdfbox.pdmodel.font.PDType1Font(
                            org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA));
            form.setDefaultResources(dr);
            PDTextField note = new PDTextField(form);
            note.setPartialName("ghi_chu");
            note.setDefaultAppearance("/Helv 10 Tf 0 g");
            PDAnnotationWidget widget = note.getWidgets().get(0);
            widget.setRectangle(new PDRectangle(72, 100, 300, 20));
            widget.setPage(page);
            widget.setPrinted(true);
            page.getAnnotations().add(widget);
            form.getFields().add(note);
            doc.save(out.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
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
        Path out = file("signed-" + level + ".pdf");
        Path p12 = file("key.p12");
        who.writePkcs12(p12, "123456".toCharArray());
        PadesSigner signer = PadesSigner.builder()
                .key(KeyStoreSigningKey.pkcs12(p12, "123456".toCharArray(), Optional.empty()))
                .timestampSource(TsaClient.of(tsa.url()))
                .validationDataSource(crls())
                .build();
        signer.sign(in, out, SignRequest.builder().level(level)
                .field(FieldLocator.named(field)).build());
        return out;
    }

    /**
     * Revocation data for B-LT: fresh CRLs of the intermediate and the root, made in-process.
     * (The snapshot's OpenSSL OCSP responder stalls on the JDK HTTP client's keep-alive
     * connections, so CRLs are used for the embedded data.)
     */
    ValidationDataSource crls() {
        return (certificate, issuer) -> {
            try {
                return ValidationData.of(java.util.List.of(),
                        java.util.List.of(), java.util.List.of(
                                pki.crl(pki.intermediate()).getEncoded(),
                                pki.crl(pki.root()).getEncoded()));
            } catch (java.security.cert.CRLException e) {
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
