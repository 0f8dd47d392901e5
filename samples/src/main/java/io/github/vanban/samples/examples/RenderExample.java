// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.examples;

import io.github.vanban.core.json.DocumentJson;
import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.render.docx.DocxRenderer;
import io.github.vanban.core.render.pdf.PdfRenderer;
import io.github.vanban.core.validation.DocumentValidator;
import io.github.vanban.core.validation.ValidationReport;
import java.nio.file.Path;

/** Reads a document in JSON format v1, checks it against Decree 30 and renders it to PDF and DOCX. */
public final class RenderExample {
    private RenderExample() {}

    /**
     * Renders {@code json} to {@code pdf} and {@code docx} when it follows Decree 30.
     *
     * @param json the document, JSON format v1
     * @param pdf where the PDF goes
     * @param docx where the DOCX goes
     * @return the validation report; nothing is rendered when it has errors
     */
    public static ValidationReport render(Path json, Path pdf, Path docx) {
        // tag::render[]
        AdministrativeDocument letter = DocumentJson.read(json);
        ValidationReport report = DocumentValidator.create().validate(letter);
        if (!report.hasErrors()) {
            PdfRenderer.create().render(letter, pdf);   // PDF/A-2a, signature fields included
            DocxRenderer.create().render(letter, docx); // for editing in Word
        }
        // end::render[]
        return report;
    }
}
