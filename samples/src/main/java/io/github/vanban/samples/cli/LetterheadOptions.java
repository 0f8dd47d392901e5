// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.cli;

import io.github.vanban.templates.vn.Letterhead;
import io.github.vanban.templates.vn.TemplateException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * {@code --letterhead ORG.docx [--strict-letterhead]} for {@code render} and {@code batch render}:
 * an organisation's Word template (templates-vn's {@link Letterhead}: styles, headers and footers,
 * {@code vanban.*} content controls) applied to the DOCX output only; the PDF renderer draws Decree
 * 30/2020/NĐ-CP's layout without it. The template is only read, once per command. What it leaves as
 * it is is printed as {@code warning:} lines on standard error, or refused with {@code
 * --strict-letterhead}.
 */
final class LetterheadOptions {
    @Option(names = "--letterhead", paramLabel = "ORG.docx",
            description = "Apply the organisation's letterhead template (.docx or .dotx: styles, headers, "
                    + "footers, vanban.* content controls) to the DOCX output; only read. The PDF is not "
                    + "affected.")
    private @Nullable Path template;

    @Option(names = "--strict-letterhead",
            description = "Refuse a letterhead with warnings (exit 2) instead of printing them.")
    private boolean strict;

    /**
     * Returns the template given with {@code --letterhead}.
     *
     * @return the template, or empty without {@code --letterhead}
     */
    Optional<Path> template() {
        return Optional.ofNullable(template);
    }

    /**
     * Describes what is wrong with the options, or returns empty.
     *
     * @param docx whether the command writes a DOCX
     * @param docxOption how to ask for one, e.g. "--docx OUT.docx"
     * @return e.g. "--strict-letterhead needs --letterhead ORG.docx"
     */
    Optional<String> usageProblem(boolean docx, String docxOption) {
        if (template != null && !docx) {
            return Optional.of("--letterhead needs " + docxOption + ": the letterhead applies to the DOCX only, "
                    + "the PDF is drawn without it");
        }
        if (strict && template == null) {
            return Optional.of("--strict-letterhead needs --letterhead ORG.docx");
        }
        return Optional.empty();
    }

    /**
     * Reads and checks the letterhead, if one was given (strictly with {@code
     * --strict-letterhead}), and prints each of its warnings as a {@code warning:} line.
     *
     * @param err standard error, where the warnings go
     * @return the letterhead, or empty without {@code --letterhead}
     * @throws CommandException when the template is missing, unreadable, not a usable letterhead, or
     *     has warnings with {@code --strict-letterhead}; the message may span several lines (one per
     *     problem)
     */
    Optional<Letterhead> read(PrintWriter err) {
        Path file = template;
        if (file == null) {
            return Optional.empty();
        }
        Optional<String> unreadable = CommandFiles.unreadable(file);
        if (unreadable.isPresent()) {
            throw new CommandException("--letterhead: " + unreadable.get());
        }
        Letterhead letterhead;
        try {
            Letterhead read = Letterhead.read(file);
            letterhead = strict ? read.strict() : read;
        } catch (TemplateException | UncheckedIOException e) {
            throw new CommandException(e.getMessage(), e);
        }
        letterhead.warnings().forEach(w -> err.println("warning: " + w));
        return Optional.of(letterhead);
    }
}
