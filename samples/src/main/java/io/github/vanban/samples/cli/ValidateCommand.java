// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.vanban.core.json.DocumentJson;
import io.github.vanban.core.json.DocumentParseException;
import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.validation.DocumentValidator;
import io.github.vanban.core.validation.Finding;
import io.github.vanban.core.validation.ValidationReport;
import io.github.vanban.templates.vn.FormJson;
import io.github.vanban.templates.vn.TemplateException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vanban validate DOC.json…}: reads each document (JSON format version 1, or an official-form
 * file of templates-vn, recognised by its {@code agency} or {@code form} member) and checks it
 * against Decree 30/2020/NĐ-CP, printing every finding and a summary. {@code vanban render} reads
 * its input the same way.
 *
 * <p>Exits {@link ExitCode#OK} when no document has an error (warnings are printed), and {@link
 * ExitCode#BAD_INPUT} when a document breaks a rule or cannot be read (the message names the file,
 * line and column).
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = VanbanCommand.Version.class,
        description = {
            "Check documents against the format rules of Decree 30/2020/NĐ-CP.",
            "Prints each finding (severity, rule id, JSON pointer, message, Vietnamese term) and a summary."
        },
        footer = {"", "Exit codes: 0 no errors (warnings allowed), 2 a document breaks a rule or cannot be read."})
public final class ValidateCommand implements Callable<Integer> {
    private static final JsonFactory JSON = new JsonFactory();

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DOC.json", arity = "1..*", description = "The documents, in JSON format version 1.")
    private List<Path> documents = List.of();

    /** Creates the command; picocli calls this. */
    public ValidateCommand() {}

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DocumentValidator validator = DocumentValidator.create();
        int exit = ExitCode.OK;
        for (Path file : documents) {
            if (!validate(file, validator, out, err)) {
                exit = ExitCode.BAD_INPUT;
            }
        }
        out.flush();
        err.flush();
        return exit;
    }

    private static boolean validate(Path file, DocumentValidator validator, PrintWriter out, PrintWriter err) {
        Optional<AdministrativeDocument> document = read(file, "vanban validate", err);
        if (document.isEmpty()) {
            return false;
        }
        ValidationReport report = validator.validate(document.get());
        print(file, report, out);
        return !report.hasErrors();
    }

    /**
     * Reads a document, printing why it cannot be read (file, line and column) on {@code err}.
     *
     * @param file the JSON file
     * @param command the command name that prefixes the message, e.g. "vanban render"
     * @param err where the message goes
     * @return the document, or empty when it cannot be read
     */
    static Optional<AdministrativeDocument> read(Path file, String command, PrintWriter err) {
        try {
            return Optional.of(isForm(file) ? FormJson.read(file).document() : DocumentJson.read(file));
        } catch (DocumentParseException | TemplateException e) {
            err.println(command + ": " + e.getMessage());
        } catch (UncheckedIOException e) {
            String reason = e.getCause() instanceof NoSuchFileException
                    ? "no such file"
                    : String.valueOf(e.getCause().getMessage());
            err.println(command + ": cannot read " + file + ": " + reason);
        }
        return Optional.empty();
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

    /**
     * Prints every finding (severity, rule, pointer, message, Vietnamese term) and the summary.
     *
     * @param file the document's file, named in the summary
     * @param report the findings
     * @param out where they go
     */
    static void print(Path file, ValidationReport report, PrintWriter out) {
        for (Finding finding : report.findings()) {
            out.println(finding.severity() + " " + finding.ruleId() + " at "
                    + (finding.pointer().isEmpty() ? "/" : finding.pointer()));
            out.println("    " + finding.message());
            out.println("    " + finding.vietnameseTerm() + " (" + finding.legalBasis() + ")");
        }
        out.println(file + ": " + report.summary() + (report.hasErrors()
                ? ": does not follow Decree 30/2020/NĐ-CP"
                : ": follows Decree 30/2020/NĐ-CP"));
    }
}
