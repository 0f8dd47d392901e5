// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Writes the files {@code scripts/bench.sh} needs outside JMH into the directory given as first
 * argument: {@code letter.pdf} and {@code letter.docx} (the seed letter as vanban renders it; the
 * DOCX is LibreOffice's input for the baseline) and {@code signer.p12} (the RSA-2048 signer, for
 * {@link BigSign}). Prints one line: {@code pdf_bytes=<n> pdf_pages=<n> docx_bytes=<n>}.
 */
public final class BenchFiles {
    private BenchFiles() {}

    /**
     * Writes the files.
     *
     * @param args the target directory
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BenchFiles <directory>");
        }
        System.out.println(write(Path.of(args[0])));
        System.exit(0); // the signing fixtures' loopback servers are not daemons
    }

    /**
     * Writes the files into {@code directory}, creating it if needed.
     *
     * @param directory the target directory
     * @return the line {@link #main} prints
     * @throws IOException if a file cannot be written
     */
    static String write(Path directory) throws IOException {
        Path dir = Files.createDirectories(directory);
        byte[] pdf = BenchInputs.letterPdf();
        byte[] docx = BenchInputs.letterDocx();
        Files.write(dir.resolve("letter.pdf"), pdf);
        Files.write(dir.resolve("letter.docx"), docx);
        BenchInputs.signerPkcs12(dir.resolve("signer.p12"));
        int pages;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            pages = doc.getNumberOfPages();
        }
        return "pdf_bytes=" + pdf.length + " pdf_pages=" + pages + " docx_bytes=" + docx.length;
    }
}
