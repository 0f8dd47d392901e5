// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.bench;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.FileDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.SignatureFieldParameters;
import eu.europa.esig.dss.pades.SignatureImageParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import io.github.vanban.signing.PadesLevel;
import io.github.vanban.signing.PadesSigner;
import io.github.vanban.signing.SignResult;
import io.github.vanban.signing.testing.SigningFixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Signing the seed letter's PDF with one PKCS#12 RSA-2048 key, file to file: vanban's
 * {@link PadesSigner} at B-B beside EU DSS 6.4's {@code PAdESService} at B-B in the same run
 * (issue 5 asks for at least 5× faster than DSS), and vanban at B-LT with the loopback TSA and
 * OCSP responder of {@link SigningFixtures}. Both B-B signers fill the renderer's empty
 * {@code vanban_signer} field with an invisible signature and write the result to disk.
 *
 * <p>Both sides write over the previous operation's output (vanban by an atomic move of a
 * temporary file, DSS by truncating it). On ext4 either way starts the write-back of the new data
 * (the {@code auto_da_alloc} heuristic), about 0.1 ms per operation on an idle disk and much more
 * on a busy one; writing a new file does not. Neither side calls {@code fsync}.
 */
public class SignBenchmark extends BenchSettings {
    // Set by setUp before any benchmark method runs (JMH's contract for @Setup).
    Path input;
    Path vanbanOut;
    Path dssOut;
    Path ltOut;
    private Path directory;
    private PadesSigner signer;
    private PadesSigner ltSigner;
    private PAdESService dss;
    private Pkcs12SignatureToken token;
    private DSSPrivateKeyEntry dssKey;

    /** Creates the state; JMH calls {@link #setUp}. */
    public SignBenchmark() {}

    /**
     * Renders the letter, writes the key once and opens it on both sides.
     *
     * @throws IOException if the temporary files cannot be written
     */
    @Setup
    public void setUp() throws IOException {
        directory = Files.createTempDirectory("vanban-bench-sign");
        input = Files.write(directory.resolve("letter.pdf"), BenchInputs.letterPdf());
        vanbanOut = directory.resolve("vanban-b-b.pdf");
        dssOut = directory.resolve("dss-b-b.pdf");
        ltOut = directory.resolve("vanban-b-lt.pdf");
        Path p12 = BenchInputs.signerPkcs12(directory.resolve("signer.p12"));
        signer = PadesSigner.builder().key(BenchInputs.key(p12)).build();
        ltSigner = SigningFixtures.get().signerBuilder().key(BenchInputs.key(p12)).build();
        dss = new PAdESService(new CommonCertificateVerifier());
        token = new Pkcs12SignatureToken(p12.toString(),
                new KeyStore.PasswordProtection(BenchInputs.PASSWORD.toCharArray()));
        dssKey = token.getKeys().get(0);
    }

    /**
     * Closes the DSS token and deletes the files.
     *
     * @throws IOException if a file cannot be deleted
     */
    @TearDown
    public void tearDown() throws IOException {
        token.close();
        try (var files = Files.list(directory)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.delete(f);
            }
        }
        Files.delete(directory);
    }

    /**
     * vanban, PAdES B-B.
     *
     * @return the result, consumed by JMH
     */
    @Benchmark
    public SignResult vanbanBaselineB() {
        return signer.sign(input, vanbanOut, BenchInputs.request(PadesLevel.B_B));
    }

    /**
     * EU DSS, PAdES B-B, with the same key, input and field.
     *
     * @return the signed file, consumed by JMH
     */
    @Benchmark
    public Path dssBaselineB() {
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_B);
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        parameters.setSigningCertificate(dssKey.getCertificate());
        parameters.setCertificateChain(dssKey.getCertificateChain());
        SignatureFieldParameters field = new SignatureFieldParameters();
        field.setFieldId("vanban_signer");
        SignatureImageParameters image = new SignatureImageParameters();
        image.setFieldParameters(field);
        parameters.setImageParameters(image);
        DSSDocument document = new FileDocument(input.toFile());
        ToBeSigned toBeSigned = dss.getDataToSign(document, parameters);
        SignatureValue value = token.sign(toBeSigned, DigestAlgorithm.SHA256, dssKey);
        try {
            dss.signDocument(document, parameters, value).save(dssOut.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dssOut;
    }

    /**
     * vanban, PAdES B-LT: B-B plus a signature time-stamp from the loopback TSA and a
     * {@code /DSS} with OCSP responses and CRLs fetched from the loopback servers.
     *
     * @return the result, consumed by JMH
     */
    @Benchmark
    public SignResult vanbanBaselineLt() {
        return ltSigner.sign(input, ltOut, BenchInputs.request(PadesLevel.B_LT));
    }
}
