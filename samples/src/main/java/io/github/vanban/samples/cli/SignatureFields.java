// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * Reads which signature fields a PDF has, so {@code sign} can refuse a default it cannot honour
 * before it opens the key (the signing module itself adds a missing field for a text stamp).
 */
final class SignatureFields {
    private SignatureFields() {}

    /**
     * Tells whether a PDF has a signature field of this name, signed or not.
     *
     * @param pdf the file
     * @param name the fully qualified field name
     * @return whether the field exists and is a signature field
     * @throws UncheckedIOException when the file cannot be read as a PDF
     */
    static boolean has(Path pdf, String name) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            return form != null && form.getField(name) instanceof PDSignatureField;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + pdf + " as a PDF: " + e.getMessage(), e);
        }
    }
}
