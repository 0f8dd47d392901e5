// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.cli;

import io.github.vanban.core.model.Confidentiality;
import io.github.vanban.core.model.Delegation;
import io.github.vanban.core.model.Distribution;
import io.github.vanban.core.model.DistributionEntry;
import io.github.vanban.core.model.DocumentType;
import io.github.vanban.core.model.IssueDate;
import io.github.vanban.core.model.SignatureBlock;
import io.github.vanban.core.model.Urgency;
import io.github.vanban.core.parse.DocumentReadException;
import io.github.vanban.core.parse.DocumentReader;
import io.github.vanban.core.parse.ExtractedField;
import io.github.vanban.core.parse.FieldName;
import io.github.vanban.core.parse.IncomingDocument;
import io.github.vanban.core.parse.IncomingDocumentJson;
import io.github.vanban.core.parse.NumberSymbol;
import io.github.vanban.core.parse.TextStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vanban inspect FILE [--json]}: reads an incoming document (văn bản đến) and prints the
 * Decree 30/2020/NĐ-CP components found in it, as a table or as JSON with the member names of
 * vanban's JSON format v1.
 *
 * <p>Exit codes: 0 when every mandatory component was found; 1 when the document was read but a
 * mandatory component is missing, or it has no text layer, or it is encrypted; 2 for bad usage or
 * an input that cannot be read at all (missing, empty, damaged, not a supported type, over a
 * limit).
 *
 * <p>Signatures of signed PDFs are listed through a {@link SignatureLister}; by default the
 * signing module's verifier, trusting no certificate, so each line says who signed, when, and
 * whether the document is intact ({@code vanban verify --trust} checks trust).
 */
@Command(
        name = "inspect",
        mixinStandardHelpOptions = true,
        versionProvider = VanbanCommand.Version.class,
        description = "Read an incoming document (PDF, DOCX, DOC, ODT or text) and print the Decree 30 "
                + "components found in it: bodies, number and symbol, place and date, type, subject, "
                + "addressees, signer, distribution and marks.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every mandatory component was found",
            "1:a mandatory component is missing, or the document has no text layer or is encrypted",
            "2:bad usage, or the file cannot be read"
        })
public final class InspectCommand implements Callable<Integer> {
    /**
     * Lists the digital signatures of a document for the report: the hook through which the
     * signing module will show who signed a PDF. Wired explicitly through
     * {@link InspectCommand#InspectCommand(SignatureLister)}, not found through ServiceLoader.
     */
    @FunctionalInterface
    public interface SignatureLister {
        /** A lister that finds no signatures. */
        SignatureLister NONE = file -> List.of();

        /**
         * Describes each signature of the file in one line, e.g. "Trần Văn Tuấn, 2023-04-20,
         * valid".
         *
         * @param file the document being inspected
         * @return one line per signature, empty when unsigned or not a PDF
         */
        List<String> list(Path file);
    }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The document to read.")
    private Path file;

    @Option(names = "--json", description = "Print JSON (format v1 member names) instead of a table.")
    private boolean json;

    private final SignatureLister signatures;

    /** Creates the command listing signatures with the signing module's verifier, as picocli instantiates it. */
    public InspectCommand() {
        this(new VerifierSignatureLister());
    }

    /**
     * Creates the command with a signature lister.
     *
     * @param signatures lists the signatures of signed PDFs
     */
    public InspectCommand(SignatureLister signatures) {
        this.signatures = Objects.requireNonNull(signatures, "signatures");
    }

    /**
     * Reads the file and prints what was found.
     *
     * @return the exit code: {@link ExitCode#OK}, {@link ExitCode#CHECK_FAILED} or {@link ExitCode#BAD_INPUT}
     */
    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("vanban inspect: no such file: " + file);
            return ExitCode.BAD_INPUT;
        }
        IncomingDocument document;
        try {
            document = DocumentReader.create().read(file);
        } catch (DocumentReadException | UncheckedIOException e) {
            err.println("vanban inspect: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        List<String> signed = signatures.list(file);
        if (json) {
            out.print(new String(jsonBytes(document), StandardCharsets.UTF_8));
            out.println();
        } else {
            printTable(out, document, signed);
        }
        out.flush();
        boolean usable = document.textStatus() == TextStatus.EXTRACTED;
        return usable && document.notFound().isEmpty() ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }

    private static byte[] jsonBytes(IncomingDocument document) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        IncomingDocumentJson.write(document, bytes);
        return bytes.toByteArray();
    }

    private void printTable(PrintWriter out, IncomingDocument d, List<String> signed) {
        out.printf("File:    %s%n", file.getFileName());
        out.printf("Type:    %s, %s%s%n", d.mediaType(), describe(d.textStatus()), d.isTruncated() ? " (text truncated)" : "");
        out.println();
        out.printf("%-17s %-5s  %s%n", "Field", "Conf.", "Value");
        for (FieldName name : FieldName.values()) {
            Optional<ExtractedField<?>> field = d.field(name);
            if (field.isPresent()) {
                out.printf(Locale.ROOT, "%-17s %5.2f  %s%n", name.jsonName(), field.get().confidence(),
                        format(field.get().value()));
            }
        }
        out.println();
        List<String> missing = d.notFound().stream().map(FieldName::jsonName).toList();
        out.println("Not found: " + (missing.isEmpty() ? "none" : String.join(", ", missing)));
        for (String note : d.notes()) {
            out.println("Note: " + note);
        }
        for (String signature : signed) {
            out.println("Signature: " + signature);
        }
    }

    private static String describe(TextStatus status) {
        switch (status) {
            case EXTRACTED:
                return "text extracted";
            case NO_TEXT_LAYER:
                return "no text layer (a scan? run OCR first)";
            case ENCRYPTED:
                return "encrypted, no password";
            default:
                throw new AssertionError(status);
        }
    }

    /** Formats a field value on one line, readable by a clerk. */
    static String format(Object value) {
        if (value instanceof DocumentType t) {
            return t.label() + " (" + t.name() + ")";
        } else if (value instanceof NumberSymbol n) {
            String number = n.number().isAssigned() ? n.number().numberText() : "(blank)";
            String code = n.typeCode().map(c -> "  [type code " + c.code() + (c.isLegacy() ? ", legacy" : "") + "]").orElse("");
            return number + " / " + n.number().symbol() + code;
        } else if (value instanceof IssueDate date) {
            if (date.fullDate().isPresent()) {
                return date.fullDate().get().toString();
            }
            return date.yearMonth().map(m -> m + " (day blank)").orElse("(blank)");
        } else if (value instanceof SignatureBlock s) {
            List<String> lines = new ArrayList<>();
            s.delegations().stream().map(Delegation::line).forEach(lines::add);
            s.position().ifPresent(lines::add);
            lines.addAll(s.otherPositions());
            lines.add(s.fullName());
            return String.join(" / ", lines);
        } else if (value instanceof Distribution dist) {
            List<String> items = new ArrayList<>();
            for (DistributionEntry entry : dist.entries()) {
                if (entry instanceof DistributionEntry.Recipient r) {
                    items.add(r.name());
                } else if (entry instanceof DistributionEntry.Group g) {
                    items.add(String.join(", ", g.names()) + " " + g.note());
                } else {
                    throw new AssertionError(entry);
                }
            }
            dist.fileCopy().ifPresent(f -> items.add(f.text()));
            dist.drafter().ifPresent(dr -> items.add(dr.text()));
            return String.join("; ", items);
        } else if (value instanceof List<?> list) {
            return String.join("; ", list.stream().map(String::valueOf).toList());
        } else if (value instanceof Urgency u) {
            return u.label();
        } else if (value instanceof Confidentiality c) {
            return c.label();
        }
        return String.valueOf(value);
    }
}
