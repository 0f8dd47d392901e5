// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.bench;

import io.github.vanban.core.json.DocumentJson;
import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.render.docx.DocxRenderer;
import io.github.vanban.core.render.pdf.PdfRenderer;
import io.github.vanban.signing.KeyStoreSigningKey;
import io.github.vanban.signing.PadesLevel;
import io.github.vanban.signing.SignRequest;
import io.github.vanban.signing.testing.SigningFixtures;
import io.github.vanban.signing.testing.TestPki;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The inputs every benchmark shares: the seed letter {@code documents/cong-van-lai-chau.json}
 * (resolved against the system property {@code vanban.samples.dir}, default the working
 * directory, which is the {@code samples} module under Maven and {@code scripts/bench.sh}), its
 * PDF and DOCX renderings, and a PKCS#12 file holding the loopback PKI's RSA-2048 signer.
 */
final class BenchInputs {
    /** Password of the PKCS#12 files written here; test-only. */
    static final String PASSWORD = "bench-only";

    private BenchInputs() {}

    /**
     * Reads the seed letter.
     *
     * @return the Lai Châu letter (one page in both renderers)
     */
    static AdministrativeDocument letter() {
        Path dir = Path.of(System.getProperty("vanban.samples.dir", "."));
        return DocumentJson.read(dir.resolve("documents").resolve("cong-van-lai-chau.json"));
    }

    /**
     * Renders the seed letter to PDF.
     *
     * @return the PDF bytes
     */
    static byte[] letterPdf() {
        return PdfRenderer.create().render(letter());
    }

    /**
     * Renders the seed letter to DOCX.
     *
     * @return the DOCX bytes
     */
    static byte[] letterDocx() {
        return DocxRenderer.create().render(letter());
    }

    /**
     * Writes the PKI's RSA-2048 signer (the leader) to a PKCS#12 file.
     *
     * @param file where to write it
     * @return the file
     */
    static Path signerPkcs12(Path file) {
        TestPki.Identity leader = SigningFixtures.get().pki().leader();
        leader.writePkcs12(file, PASSWORD.toCharArray());
        return file;
    }

    /**
     * Opens a PKCS#12 file written by {@link #signerPkcs12}.
     *
     * @param file the file
     * @return the key
     */
    static KeyStoreSigningKey key(Path file) {
        return KeyStoreSigningKey.pkcs12(file, PASSWORD.toCharArray(), Optional.empty());
    }

    /**
     * The request both B-B benchmarks and the big-file check use: an invisible signature in the
     * renderer's {@code vanban_signer} field.
     *
     * @param level the PAdES level
     * @return the request
     */
    static SignRequest request(PadesLevel level) {
        return SignRequest.builder().level(level).fieldName("vanban_signer").build();
    }

    /**
     * Writes bytes to a file in a fresh temporary directory.
     *
     * @param name the file name
     * @param bytes the content
     * @return the file
     */
    static Path temp(String name, byte[] bytes) {
        try {
            Path file = Files.createTempDirectory("vanban-bench").resolve(name);
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
