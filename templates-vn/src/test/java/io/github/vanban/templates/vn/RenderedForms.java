// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.templates.vn;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.render.conformance.LibreOffice;
import io.github.vanban.core.render.conformance.PdfLayout;
import io.github.vanban.core.render.docx.DocxRenderer;
import io.github.vanban.core.render.pdf.PdfRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every sample form of {@code samples/documents/forms/}, read, rendered to PDF and DOCX, and the
 * DOCX files converted to PDF in one LibreOffice run: built once per JVM and shared by the tests.
 */
final class RenderedForms {
    /** The sample forms, relative to the module directory Maven runs the tests in. */
    static final Path FORMS = Path.of("..", "samples", "documents", "forms");

    /** Where the previews go, relative to the module directory. */
    static final Path PREVIEWS = Path.of("..", "docs", "forms");

    private static final Path OUT = Path.of("target", "forms");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T01:00:00Z"),
            ZoneId.of("Asia/Ho_Chi_Minh"));

    /** One rendered sample. */
    record Rendered(String name, FormTemplate template, AdministrativeDocument document, Path pdf, Path docx,
            Optional<Path> docxPdf) {
        PdfLayout pdfLayout() {
            return PdfLayout.read(pdf);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static Map<String, Rendered> all;

    private RenderedForms() {}

    /** The samples by file name without ".json", in file-name order. */
    static synchronized Map<String, Rendered> all() {
        if (all == null) {
            all = render();
        }
        return all;
    }

    static Rendered get(String name) {
        Rendered r = all().get(name);
        if (r == null) {
            throw new IllegalArgumentException("no sample form " + name + " in " + FORMS);
        }
        return r;
    }

    static List<Path> sampleFiles() {
        try (Stream<Path> files = Files.list(FORMS)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Rendered> render() {
        try {
            Files.createDirectories(OUT);
            PdfRenderer pdf = PdfRenderer.create();
            DocxRenderer docx = DocxRenderer.builder().clock(CLOCK).build();
            Map<String, Rendered> out = new LinkedHashMap<>();
            List<Path> docxFiles = new ArrayList<>();
            for (Path file : sampleFiles()) {
                String name = file.getFileName().toString().replaceFirst("\\.json$", "");
                FormTemplate template = FormJson.read(file);
                AdministrativeDocument doc = template.document();
                Path pdfFile = OUT.resolve(name + ".pdf");
                Path docxFile = OUT.resolve(name + ".docx");
                pdf.render(doc, pdfFile);
                docx.render(doc, docxFile);
                docxFiles.add(docxFile);
                out.put(name, new Rendered(name, template, doc, pdfFile, docxFile, Optional.empty()));
            }
            if (LibreOffice.isAvailable()) {
                List<Path> converted = LibreOffice.convertToPdf(docxFiles, OUT.resolve("docx-pdf"));
                int i = 0;
                for (Map.Entry<String, Rendered> e : out.entrySet()) {
                    Rendered r = e.getValue();
                    e.setValue(new Rendered(r.name(), r.template(), r.document(), r.pdf(), r.docx(),
                            Optional.of(converted.get(i++))));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
