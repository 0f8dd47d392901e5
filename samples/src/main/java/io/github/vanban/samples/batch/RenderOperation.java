// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.batch;

import io.github.vanban.core.io.AtomicFile;
import io.github.vanban.core.json.DocumentJson;
import io.github.vanban.core.json.DocumentParseException;
import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.render.docx.DocxRenderer;
import io.github.vanban.core.render.pdf.PdfRenderer;
import io.github.vanban.core.validation.DocumentValidator;
import io.github.vanban.core.validation.Finding;
import io.github.vanban.core.validation.Severity;
import io.github.vanban.core.validation.ValidationReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Renders one JSON document (format v1) to PDF and/or DOCX in an output directory, named after the
 * input ({@code letter.json} → {@code letter.pdf}). A document that cannot be read or breaks a
 * Decree 30/2020/NĐ-CP rule (a finding of severity error) fails with the reason and is not
 * rendered. Thread-safe: renderers and validator are immutable.
 */
public final class RenderOperation implements Function<Path, ItemResult> {
    /** What to render. */
    public enum Format {
        /** PDF only. */
        PDF,
        /** DOCX only. */
        DOCX,
        /** PDF and DOCX. */
        BOTH
    }

    private final Path outputDirectory;
    private final Format format;
    private final PdfRenderer pdf = PdfRenderer.create();
    private final DocxRenderer docx = DocxRenderer.create();
    private final DocumentValidator validator = DocumentValidator.create();

    /**
     * Creates the operation.
     *
     * @param outputDirectory where the files go; must exist
     * @param format what to render
     */
    public RenderOperation(Path outputDirectory, Format format) {
        this.outputDirectory = Objects.requireNonNull(outputDirectory, "outputDirectory");
        this.format = Objects.requireNonNull(format, "format");
    }

    /**
     * Renders one document.
     *
     * @param input the JSON file
     * @return written files, or the reasons it failed
     */
    @Override
    public ItemResult apply(Path input) {
        AdministrativeDocument document;
        try {
            document = DocumentJson.read(input);
        } catch (DocumentParseException e) {
            return ItemResult.failed(input, List.of(e.getMessage()));
        }
        ValidationReport report = validator.validate(document);
        if (report.hasErrors()) {
            List<String> problems = new ArrayList<>();
            problems.add("does not follow Decree 30/2020/NĐ-CP: " + report.summary());
            for (Finding f : report.findings()) {
                if (f.severity() == Severity.ERROR) {
                    problems.add(f.ruleId() + " at " + (f.pointer().isEmpty() ? "/" : f.pointer()) + ": " + f.message());
                }
            }
            return ItemResult.failed(input, problems);
        }
        String stem = stem(input);
        List<Path> written = new ArrayList<>();
        if (format != Format.DOCX) {
            Path target = outputDirectory.resolve(stem + ".pdf");
            pdf.render(document, target);
            written.add(target);
        }
        if (format != Format.PDF) {
            Path target = outputDirectory.resolve(stem + ".docx");
            // Rendered to bytes first: DocxRenderer.render(document, Path) truncates the file before rendering.
            AtomicFile.write(target, docx.render(document));
            written.add(target);
        }
        return ItemResult.succeeded(input, written);
    }

    /**
     * Returns the file name without its last extension.
     *
     * @param file a file
     * @return e.g. {@code letter} for {@code dir/letter.json}
     */
    public static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
