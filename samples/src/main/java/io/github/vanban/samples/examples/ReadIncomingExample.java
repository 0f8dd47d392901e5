// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.examples;

import io.github.vanban.core.parse.DocumentReader;
import io.github.vanban.core.parse.ExtractedField;
import io.github.vanban.core.parse.IncomingDocument;
import io.github.vanban.core.parse.NumberSymbol;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads an incoming document (văn bản đến) and lists what a clerk registers. */
public final class ReadIncomingExample {
    private ReadIncomingExample() {}

    /**
     * Reads {@code file} (PDF, DOCX, DOC, ODT or text) and describes its number, subject and the
     * mandatory components not found.
     *
     * @param file the incoming document
     * @return one line per item, e.g. {@code number: 15/SKHCN-VP}
     */
    public static List<String> register(Path file) {
        List<String> lines = new ArrayList<>();
        // tag::read-incoming[]
        IncomingDocument incoming = DocumentReader.create().read(file);
        incoming.number().map(ExtractedField::value).map(NumberSymbol::number).ifPresent(n ->
                lines.add("number: " + n.numberText() + "/" + n.symbol()));
        incoming.subject().ifPresent(s -> lines.add("subject: " + s.value()
                + " (confidence " + s.confidence() + ")"));
        lines.add("not found: " + incoming.notFound());
        // end::read-incoming[]
        return lines;
    }
}
