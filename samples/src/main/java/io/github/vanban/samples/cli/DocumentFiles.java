// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.vanban.core.json.DocumentJson;
import io.github.vanban.core.json.DocumentParseException;
import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.templates.vn.FormJson;
import io.github.vanban.templates.vn.TemplateException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one way {@code validate}, {@code render} and {@code batch render} read a document file: JSON
 * format version 1, or an official-form file of templates-vn (recognised by its {@code agency} or
 * {@code form} member; a relative {@code agency} path is resolved against the form file's
 * directory, as {@link FormJson#read(Path)} does). Thread-safe.
 */
final class DocumentFiles {
    private static final JsonFactory JSON = new JsonFactory();

    private DocumentFiles() {}

    /**
     * Reads a document.
     *
     * @param file the JSON file
     * @return the document
     * @throws CommandException when it cannot be read, its message saying why and where (file, line
     *     and column, or the form member at fault)
     */
    static AdministrativeDocument read(Path file) {
        try {
            return isForm(file) ? FormJson.read(file).document() : DocumentJson.read(file);
        } catch (DocumentParseException | TemplateException e) {
            throw new CommandException(e.getMessage(), e);
        } catch (UncheckedIOException e) {
            String reason = e.getCause() instanceof NoSuchFileException
                    ? "no such file"
                    : String.valueOf(e.getCause().getMessage());
            throw new CommandException("cannot read " + file + ": " + reason, e);
        }
    }

    /**
     * Reads a document, printing why it cannot be read on {@code err}.
     *
     * @param file the JSON file
     * @param command the command name that prefixes the message, e.g. "vanban render"
     * @param err where the message goes
     * @return the document, or empty when it cannot be read
     */
    static Optional<AdministrativeDocument> read(Path file, String command, PrintWriter err) {
        try {
            return Optional.of(read(file));
        } catch (CommandException e) {
            err.println(command + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Tells whether a JSON file is an official-form file of templates-vn (it names an {@code
     * agency} or a {@code form}) rather than a document in JSON format v1. Only the top-level
     * member names are looked at; a file that is not a JSON object is left to the v1 reader, which
     * reports where it goes wrong.
     */
    private static boolean isForm(Path file) {
        try (JsonParser parser = JSON.createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                if ("agency".equals(name) || "form".equals(name)) {
                    return true;
                }
                parser.nextToken();
                parser.skipChildren();
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
