// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.batch;

import io.github.vanban.core.io.AtomicFile;
import io.github.vanban.core.json.DocumentJson;
import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.render.docx.DocxRenderer;
import io.github.vanban.core.render.pdf.PdfRenderer;
import io.github.vanban.core.validation.DocumentValidator;
import io.github.vanban.core.validation.Finding;
import io.github.vanban.core.validation.Severity;
import io.github.vanban.core.validation.ValidationReport;
import io.github.vanban.templates.vn.Letterhead;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Renders one document file to PDF and/or DOCX in an output directory, named after the input
 * ({@code letter.json} → {@code letter.pdf}). The file is read by the operation's reader (JSON
 * format v1 by default); a document that cannot be read or breaks a Decree 30/2020/NĐ-CP rule (a
 * finding of severity error) fails with the reason and is not rendered. An organisation's {@link
 * Letterhead}, when given, is applied to the DOCX only: the PDF is drawn as Decree 30 lays it out.
 * Thread-safe when the reader is: renderers, validator and letterhead are immutable.
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
    private final Function<Path, AdministrativeDocument> reader;
    private final Optional<Letterhead> letterhead;
    private final PdfRenderer pdf = PdfRenderer.create();
    private final DocxRenderer docx = DocxRenderer.create();
    private final DocumentValidator validator = DocumentValidator.create();

    private RenderOperation(Path outputDirectory, Builder builder) {
        this.outputDirectory = outputDirectory;
        this.format = builder.format;
        this.reader = builder.reader;
        this.letterhead = builder.letterhead;
    }

    /**
     * Starts an operation: PDF only, JSON format v1, no letterhead until told otherwise.
     *
     * @return a builder, which needs {@link Builder#outputDirectory(Path)}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Renders one document.
     *
     * @param input the document file
     * @return written files, or the reasons it failed
     */
    @Override
    public ItemResult apply(Path input) {
        AdministrativeDocument document;
        try {
            document = reader.apply(input);
        } catch (RuntimeException e) {
            String message = e.getMessage();
            return ItemResult.failed(input, message == null || message.isBlank()
                    ? List.of(e.getClass().getSimpleName())
                    : message.lines().toList());
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
        // Everything is rendered before anything is written, so a failing item leaves no output.
        byte[] pdfBytes = format == Format.DOCX ? null : pdf.render(document);
        byte[] docxBytes = format == Format.PDF ? null : docx(document);
        String stem = stem(input);
        List<Path> written = new ArrayList<>();
        if (pdfBytes != null) {
            written.add(write(stem + ".pdf", pdfBytes));
        }
        if (docxBytes != null) {
            written.add(write(stem + ".docx", docxBytes));
        }
        return ItemResult.succeeded(input, written);
    }

    private Path write(String name, byte[] content) {
        Path target = outputDirectory.resolve(name);
        AtomicFile.write(target, content);
        return target;
    }

    private byte[] docx(AdministrativeDocument document) {
        byte[] rendered = docx.render(document);
        return letterhead.map(l -> l.apply(document, rendered)).orElse(rendered);
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

    /** Collects a {@link RenderOperation}'s settings; single-thread scratch object. */
    public static final class Builder {
        private @Nullable Path outputDirectory;
        private Format format = Format.PDF;
        private Function<Path, AdministrativeDocument> reader = DocumentJson::read;
        private Optional<Letterhead> letterhead = Optional.empty();

        private Builder() {}

        /**
         * Sets where the files go.
         *
         * @param outputDirectory an existing directory
         * @return this builder
         */
        public Builder outputDirectory(Path outputDirectory) {
            this.outputDirectory = Objects.requireNonNull(outputDirectory, "outputDirectory");
            return this;
        }

        /**
         * Sets what to render; {@link Format#PDF} unless set.
         *
         * @param format PDF, DOCX or both
         * @return this builder
         */
        public Builder format(Format format) {
            this.format = Objects.requireNonNull(format, "format");
            return this;
        }

        /**
         * Sets how a file becomes a document; {@code DocumentJson::read} (JSON format v1) unless set.
         * The reader is called from several threads at once. Any unchecked exception it throws fails
         * that item, each line of its message becoming one of the item's problems, so it should say
         * what is wrong and where.
         *
         * @param reader reads one file
         * @return this builder
         */
        public Builder reader(Function<Path, AdministrativeDocument> reader) {
            this.reader = Objects.requireNonNull(reader, "reader");
            return this;
        }

        /**
         * Sets the organisation's letterhead, applied to every DOCX (not to the PDF); none unless set.
         *
         * @param letterhead the letterhead, or empty for none
         * @return this builder
         */
        public Builder letterhead(Optional<Letterhead> letterhead) {
            this.letterhead = Objects.requireNonNull(letterhead, "letterhead");
            return this;
        }

        /**
         * Creates the operation.
         *
         * @return the operation
         * @throws IllegalStateException if no output directory was set
         */
        public RenderOperation build() {
            Path directory = outputDirectory;
            if (directory == null) {
                throw new IllegalStateException("outputDirectory is required");
            }
            return new RenderOperation(directory, this);
        }
    }
}
