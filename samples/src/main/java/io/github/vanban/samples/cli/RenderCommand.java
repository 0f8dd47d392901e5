// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.cli;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.render.RenderException;
import io.github.vanban.core.render.docx.DocxRenderer;
import io.github.vanban.core.render.pdf.PdfPreviews;
import io.github.vanban.core.render.pdf.PdfRenderer;
import io.github.vanban.core.validation.DocumentValidator;
import io.github.vanban.core.validation.ValidationReport;
import io.github.vanban.templates.vn.Letterhead;
import io.github.vanban.templates.vn.TemplateException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vanban render DOC.json --pdf OUT.pdf [--docx OUT.docx [--letterhead ORG.docx
 * [--strict-letterhead]]] [--preview DIR]}: checks a document (JSON format version 1, or an
 * official-form file of templates-vn) against Decree 30/2020/NĐ-CP and renders it to PDF/A and
 * DOCX, with PNG previews of the PDF's pages.
 *
 * <p>{@code --letterhead} applies an organisation's Word template (templates-vn's {@link
 * Letterhead}: styles, headers and footers, {@code vanban.*} content controls) to the DOCX only;
 * the PDF renderer draws Decree 30's layout without it. What the letterhead leaves as it is is
 * printed as {@code warning:} lines on standard error, or refused with {@code
 * --strict-letterhead}.
 *
 * <p>A document with errors is not rendered: the findings are listed as {@code validate} lists
 * them and the command exits {@link ExitCode#BAD_INPUT}; warnings are printed and rendering goes
 * on. Every output is rendered in memory first and then written to a temporary file moved over the
 * target, so nothing is left half-written; an output naming the input is refused.
 */
@Command(
        name = "render",
        mixinStandardHelpOptions = true,
        versionProvider = VanbanCommand.Version.class,
        description = "Render a document (JSON format v1, or an official-form file) laid out as "
                + "Decree 30/2020/NĐ-CP prescribes: PDF/A with empty signature and number/date fields, DOCX, PNG previews.",
        footer = {"",
            "--letterhead applies to the DOCX only: the PDF is drawn as Decree 30 lays it out, without the "
                + "letterhead (convert the DOCX with LibreOffice for a PDF that shows it).",
            "",
            "Examples:",
            "  vanban render letter.json --pdf letter.pdf --docx letter.docx \\",
            "      --preview preview/",
            "  vanban render cong-van.json --docx cong-van.docx \\",
            "      --letterhead letterhead-so-khcn.dotx --strict-letterhead",
            "",
            "Exit codes: 0 rendered, 2 bad usage, unreadable input, a document that breaks a rule or a "
                + "letterhead that cannot be used."})
public final class RenderCommand implements Callable<Integer> {
    private static final String NAME = "vanban render";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DOC.json",
            description = "The document, in JSON format version 1, or an official-form file.")
    private Path document;

    @Option(names = "--pdf", paramLabel = "OUT.pdf", description = "Write the PDF here.")
    private @Nullable Path pdf;

    @Option(names = "--docx", paramLabel = "OUT.docx", description = "Write the DOCX here.")
    private @Nullable Path docx;

    @Option(names = "--preview", paramLabel = "DIR",
            description = "Write page-1.png, page-2.png, … of the PDF into this directory (needs --pdf).")
    private @Nullable Path preview;

    @Mixin
    private LetterheadOptions letterhead = new LetterheadOptions();

    @Option(names = "--dpi", paramLabel = "DPI", defaultValue = "96",
            description = "Resolution of the previews (default: ${DEFAULT-VALUE}).")
    private float dpi;

    /** Creates the command; picocli calls this. */
    public RenderCommand() {}

    /**
     * Validates and renders the document.
     *
     * @return {@link ExitCode#OK} or {@link ExitCode#BAD_INPUT}
     */
    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> usage = usageProblem();
        if (usage.isPresent()) {
            err.println(NAME + ": " + usage.get());
            return ExitCode.BAD_INPUT;
        }
        Optional<Letterhead> organisation;
        try {
            organisation = letterhead.read(err);
        } catch (CommandException e) {
            err.println(NAME + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        Optional<AdministrativeDocument> read = DocumentFiles.read(document, NAME, err);
        if (read.isEmpty()) {
            return ExitCode.BAD_INPUT;
        }
        ValidationReport report = DocumentValidator.create().validate(read.get());
        if (report.hasErrors()) {
            ValidateCommand.print(document, report, out);
            err.println(NAME + ": " + document + " breaks Decree 30/2020/NĐ-CP rules; nothing written");
            return ExitCode.BAD_INPUT;
        }
        if (!report.findings().isEmpty()) {
            ValidateCommand.print(document, report, out);
        }
        try {
            // Render everything before writing anything, so a rendering failure writes nothing.
            byte[] pdfBytes = pdf == null ? null : PdfRenderer.create().render(read.get());
            byte[] docxBytes = docx == null ? null : docx(read.get(), organisation);
            if (pdf != null && pdfBytes != null) {
                CommandFiles.writeAtomically(pdf, pdfBytes);
                out.println("PDF:     " + pdf);
            }
            if (docx != null && docxBytes != null) {
                CommandFiles.writeAtomically(docx, docxBytes);
                out.println("DOCX:    " + docx);
            }
            if (preview != null && pdf != null) {
                List<Path> pages = PdfPreviews.write(pdf, dpi, preview);
                out.println("Preview: " + pages.size() + (pages.size() == 1 ? " page" : " pages") + " in " + preview);
            }
        } catch (RenderException | TemplateException | UncheckedIOException e) {
            err.println(NAME + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        out.flush();
        return ExitCode.OK;
    }

    /** Renders the DOCX in memory, with the letterhead applied when there is one. */
    private static byte[] docx(AdministrativeDocument read, Optional<Letterhead> organisation) {
        byte[] rendered = DocxRenderer.create().render(read);
        return organisation.map(l -> l.apply(read, rendered)).orElse(rendered);
    }

    private Optional<String> usageProblem() {
        if (pdf == null && docx == null) {
            return Optional.of("nothing to write: give --pdf OUT.pdf, --docx OUT.docx or both");
        }
        if (preview != null && pdf == null) {
            return Optional.of("--preview needs --pdf: previews are drawn from the PDF");
        }
        Optional<String> letterheadProblem = letterhead.usageProblem(docx != null, "--docx OUT.docx");
        if (letterheadProblem.isPresent()) {
            return letterheadProblem;
        }
        if (dpi < PdfPreviews.MIN_DPI || dpi > PdfPreviews.MAX_DPI) {
            return Optional.of("--dpi must be from " + (int) PdfPreviews.MIN_DPI + " to " + (int) PdfPreviews.MAX_DPI
                    + ", was " + dpi);
        }
        if (pdf != null && CommandFiles.sameFile(document, pdf)) {
            return Optional.of("--pdf " + pdf + " would overwrite the input");
        }
        if (docx != null && CommandFiles.sameFile(document, docx)) {
            return Optional.of("--docx " + docx + " would overwrite the input");
        }
        Optional<Path> template = letterhead.template();
        if (template.isPresent() && docx != null && CommandFiles.sameFile(template.get(), docx)) {
            return Optional.of("--docx " + docx + " would overwrite the letterhead template");
        }
        if (template.isPresent() && pdf != null && CommandFiles.sameFile(template.get(), pdf)) {
            return Optional.of("--pdf " + pdf + " would overwrite the letterhead template");
        }
        if (pdf != null && docx != null && CommandFiles.sameFile(pdf, docx)) {
            return Optional.of("--pdf and --docx name the same file " + pdf);
        }
        return Optional.empty();
    }
}
