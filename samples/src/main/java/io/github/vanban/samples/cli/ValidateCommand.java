// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.cli;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.validation.DocumentValidator;
import io.github.vanban.core.validation.Finding;
import io.github.vanban.core.validation.ValidationReport;
import java.io.PrintWriter;
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
 * against Decree 30/2020/NĐ-CP, printing every finding and a summary. {@code vanban render} and
 * {@code vanban batch render} read their input the same way ({@link DocumentFiles}).
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
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DOC.json", arity = "1..*",
            description = "The documents, in JSON format version 1, or official-form files.")
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
        Optional<AdministrativeDocument> document = DocumentFiles.read(file, "vanban validate", err);
        if (document.isEmpty()) {
            return false;
        }
        ValidationReport report = validator.validate(document.get());
        print(file, report, out);
        return !report.hasErrors();
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
