// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.cli;

import io.github.vanban.core.render.pdf.PdfFields;
import io.github.vanban.samples.batch.Batch;
import io.github.vanban.samples.batch.BatchSummary;
import io.github.vanban.samples.batch.ItemResult;
import io.github.vanban.samples.batch.Progress;
import io.github.vanban.samples.batch.RenderOperation;
import io.github.vanban.samples.batch.SignOperation;
import io.github.vanban.samples.batch.VerifyOperation;
import io.github.vanban.signing.Appearance;
import io.github.vanban.signing.PadesLevel;
import io.github.vanban.signing.PadesSigner;
import io.github.vanban.signing.PngImage;
import io.github.vanban.signing.SignRequest;
import io.github.vanban.signing.verify.Verifier;
import io.github.vanban.templates.vn.Letterhead;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vanban batch render|sign|verify}: one operation over many files on all cores, with a progress
 * bar on a terminal, a summary and the failures with their reasons. Every item is attempted.
 *
 * <p>Exit codes: 0 all items succeeded; 1 at least one failed (the others are written); 2 bad
 * usage (no inputs, an output name used twice, an output directory that would overwrite inputs or
 * the letterhead template, a letterhead that cannot be used), found before any item runs.
 */
@Command(
        name = "batch",
        mixinStandardHelpOptions = true,
        versionProvider = VanbanCommand.Version.class,
        description = "Render, sign or verify many documents in parallel.",
        subcommands = {BatchCommand.Render.class, BatchCommand.Sign.class, BatchCommand.Verify.class},
        footer = {"", "Exit codes: 0 all succeeded, 1 some failed (the rest are written), 2 bad usage."})
public final class BatchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    /** Creates the command; picocli calls this. */
    public BatchCommand() {}

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing subcommand: 'vanban batch render', 'vanban batch sign' or 'vanban batch verify'");
    }

    /** Options shared by the batch subcommands. */
    static class Common {
        @Parameters(paramLabel = "INPUT", arity = "1..*",
                description = "Files, or directories whose files of the right type are taken.")
        List<Path> inputs = List.of();

        @Option(names = {"-j", "--jobs"}, paramLabel = "N",
                description = "Worker threads (default: the number of cores).")
        int jobs = Runtime.getRuntime().availableProcessors();

        @Spec
        CommandSpec spec;

        /**
         * Expands inputs, checks usage, then creates the operation (e.g. opens the key) and runs
         * it, prints; returns the exit code.
         */
        int run(String task, String extension, Optional<Path> out, Supplier<Function<Path, ItemResult>> operation,
                boolean outputReplacesInput) {
            PrintWriter stdout = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            String name = "vanban batch " + task;
            List<Path> files;
            try {
                files = Batch.inputs(inputs, extension);
            } catch (IllegalArgumentException e) {
                err.println(name + ": " + e.getMessage());
                return ExitCode.BAD_INPUT;
            }
            if (files.isEmpty()) {
                err.println(name + ": no " + extension + " file in " + inputs);
                return ExitCode.BAD_INPUT;
            }
            if (jobs < 1) {
                err.println(name + ": --jobs must be at least 1, was " + jobs);
                return ExitCode.BAD_INPUT;
            }
            if (out.isPresent()) {
                Optional<String> clash =
                        clash(files, out.get(), outputReplacesInput).or(() -> overwrites(files, out.get()));
                if (clash.isPresent()) {
                    err.println(name + ": " + clash.get());
                    return ExitCode.BAD_INPUT;
                }
                try {
                    Files.createDirectories(out.get());
                } catch (IOException e) {
                    err.println(name + ": cannot create the output directory " + out.get() + ": " + e.getMessage());
                    return ExitCode.BAD_INPUT;
                }
            }
            Function<Path, ItemResult> prepared = operation.get();
            BatchSummary summary;
            try (Progress progress = Progress.onTerminal(task, files.size())) {
                summary = Batch.run(files, jobs, prepared, progress);
            }
            print(stdout, task, summary);
            stdout.flush();
            return summary.failures().isEmpty() ? ExitCode.OK : ExitCode.CHECK_FAILED;
        }

        /**
         * Describes an output that would replace a file the subcommand only reads (besides the
         * inputs), or returns empty; none by default.
         *
         * @param files the inputs
         * @param out the output directory
         * @return e.g. which output would replace the letterhead template
         */
        Optional<String> overwrites(List<Path> files, Path out) {
            return Optional.empty();
        }

        private static Optional<String> clash(List<Path> files, Path out, boolean sameName) {
            Map<String, Path> seen = new HashMap<>();
            Path outDir = out.toAbsolutePath().normalize();
            for (Path file : files) {
                String key = sameName ? file.getFileName().toString() : RenderOperation.stem(file);
                Path previous = seen.put(key, file);
                if (previous != null) {
                    return Optional.of("two inputs would write the same output: " + previous + " and " + file);
                }
                Path parent = file.toAbsolutePath().normalize().getParent();
                if (sameName && outDir.equals(parent)) {
                    return Optional.of("the output directory " + out + " holds the input " + file
                            + ", which would be overwritten; choose another --out");
                }
            }
            return Optional.empty();
        }

        private static void print(PrintWriter out, String task, BatchSummary summary) {
            List<ItemResult> failures = summary.failures();
            out.printf(Locale.ROOT, "%s: %d inputs, %d succeeded, %d failed in %.1f s on %d threads%n", task,
                    summary.results().size(), summary.succeeded(), failures.size(),
                    summary.elapsed().toMillis() / 1000.0, summary.threads());
            if (!failures.isEmpty()) {
                out.println("Failed:");
                for (ItemResult failure : failures) {
                    out.println("  " + failure.input() + ": " + failure.problems().get(0));
                    failure.problems().stream().skip(1).forEach(p -> out.println("      " + p));
                }
            }
        }
    }

    /**
     * {@code vanban batch render}: documents (JSON format v1 or official-form files, read as {@code
     * render} reads them) to PDF and/or DOCX, with {@code render}'s {@code --letterhead} and {@code
     * --strict-letterhead} for the DOCX. The letterhead is read once, before any item; a letterhead
     * that cannot be used fails the whole command (exit 2) before anything is written.
     */
    @Command(name = "render", mixinStandardHelpOptions = true, versionProvider = VanbanCommand.Version.class,
            description = "Validate and render documents (JSON format v1, or official-form files) to PDF and/or DOCX.",
            footer = {"",
                "An official-form file's relative \"agency\" path is resolved against the form file's directory.",
                "--letterhead applies to the DOCX only (--format docx or both): the PDF is drawn as Decree 30 "
                    + "lays it out, without the letterhead. It is read once; its warnings are printed once.",
                "",
                "Examples:",
                "  vanban batch render samples/documents/forms/ --out out/ --format both",
                "  vanban batch render letters/ --out out/ --format docx \\",
                "      --letterhead letterhead-so-khcn.dotx --strict-letterhead",
                "",
                "Exit codes: 0 all rendered, 1 some failed (e.g. broke a Decree 30 rule), 2 bad usage or a "
                    + "letterhead that cannot be used."})
    static final class Render extends Common implements Callable<Integer> {
        private static final String NAME = "vanban batch render";

        @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true,
                description = "Output directory, created if missing.")
        Path out = Path.of(".");

        @Option(names = "--format", paramLabel = "pdf|docx|both", defaultValue = "pdf",
                converter = FormatConverter.class, description = "What to render (default: ${DEFAULT-VALUE}).")
        RenderOperation.Format format = RenderOperation.Format.PDF;

        @Mixin
        LetterheadOptions letterhead = new LetterheadOptions();

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            Optional<String> usage = letterhead.usageProblem(format != RenderOperation.Format.PDF,
                    "--format docx or both");
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
            err.flush();
            return run("render", ".json", Optional.of(out), () -> RenderOperation.builder()
                    .outputDirectory(out)
                    .format(format)
                    .reader(DocumentFiles::read)
                    .letterhead(organisation)
                    .build(), false);
        }

        @Override
        Optional<String> overwrites(List<Path> files, Path directory) {
            Optional<Path> template = letterhead.template();
            if (template.isEmpty() || format == RenderOperation.Format.PDF) {
                return Optional.empty();
            }
            List<String> written = format == RenderOperation.Format.BOTH ? List.of(".pdf", ".docx") : List.of(".docx");
            for (Path file : files) {
                for (String extension : written) {
                    Path output = directory.resolve(RenderOperation.stem(file) + extension);
                    if (CommandFiles.sameFile(template.get(), output)) {
                        return Optional.of("the output " + output + " of " + file
                                + " would overwrite the letterhead template; choose another --out");
                    }
                }
            }
            return Optional.empty();
        }
    }

    /**
     * {@code vanban batch sign}: PDFs signed with one key, with {@code sign}'s key, level, field,
     * image and stamp options. With a stamp and no {@code --field}, a PDF without {@code
     * vanban_corner} fails as an item, as {@code sign} refuses it.
     */
    @Command(name = "sign", mixinStandardHelpOptions = true, versionProvider = VanbanCommand.Version.class,
            description = "Sign PDFs (PAdES) with one key, writing each under its own name into --out.",
            footer = {"",
                "A stamp (--attachment-stamp, --copy-stamp) goes in vanban_corner when --field is not given; a PDF "
                    + "without that field fails and the others are signed.",
                "",
                "Example: a records office signs a folder of electronic copies (form 3.2):",
                "  vanban batch sign copies/ --out signed/ --keystore org.p12 --password-env PW \\",
                "      --level B-LT --tsa URL \\",
                "      --copy-stamp \"SAO Y\" --copier \"Văn phòng Ủy ban nhân dân tỉnh Lai Châu\"",
                "",
                "Exit codes: 0 all signed, 1 some failed, 2 bad usage."})
    static final class Sign extends Common implements Callable<Integer> {
        private static final String NAME = "vanban batch sign";

        @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true,
                description = "Output directory, created if missing; must not hold the inputs.")
        Path out = Path.of(".");

        @Mixin
        KeyOptions key = new KeyOptions();

        @Mixin
        LevelOptions levels = new LevelOptions();

        @Mixin
        StampOptions stamp = new StampOptions();

        @Option(names = "--field", paramLabel = "NAME",
                description = "Signature field to sign (default: " + PdfFields.SIGNER + ", or " + StampOptions.FIELD
                        + " for a stamp).")
        Optional<String> field = Optional.empty();

        @Option(names = "--image", paramLabel = "FILE.png", description = "Signature image (default: invisible).")
        Optional<Path> image = Optional.empty();

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            return CommandException.guard(NAME, err, () -> {
                PadesLevel level = levels.required("missing --level: B-B, B-T, B-LT or B-LTA");
                stamp.check(image.isPresent() ? "--image" : null, false, field.orElse(null));
                return run("sign", ".pdf", Optional.of(out), () -> operation(level), true);
            });
        }

        private Function<Path, ItemResult> operation(PadesLevel level) {
            PadesSigner signer = levels.configure(PadesSigner.builder().key(key.open()), level).build();
            Appearance appearance = stamp.appearance().orElseGet(() -> image
                    .<Appearance>map(p -> Appearance.signature(PngImage.read(p)))
                    .orElse(Appearance.invisible()));
            String name = field.orElse(stamp.isPresent() ? StampOptions.FIELD : PdfFields.SIGNER);
            SignRequest request = SignRequest.builder().level(level).fieldName(name).appearance(appearance).build();
            SignOperation sign = new SignOperation(out, signer, request);
            if (!stamp.isPresent() || field.isPresent()) {
                return sign;
            }
            // Asked for by name, the signer would add a missing vanban_corner: fail such a file instead.
            return input -> stamp.missingField(input)
                    .map(problem -> ItemResult.failed(input, List.of(problem)))
                    .orElseGet(() -> sign.apply(input));
        }
    }

    /** {@code vanban batch verify}: signed PDFs checked against trust anchors. */
    @Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = VanbanCommand.Version.class,
            description = "Verify signed PDFs (integrity, trust, time, later changes) against the given roots.",
            footer = {"", "Exit codes: 0 every document VALID, 1 some INVALID, INDETERMINATE or unreadable, 2 bad usage."})
    static final class Verify extends Common implements Callable<Integer> {
        @Option(names = "--trust", paramLabel = "ROOTS.pem", required = true,
                description = "PEM or DER file with the trusted root certificates.")
        Path trust = Path.of("");

        @Option(names = "--online", description = "Fetch OCSP/CRL when a PDF does not embed revocation data.")
        boolean online;

        @Option(names = "--reports", paramLabel = "DIR",
                description = "Write each JSON report to DIR/<name>.verification.json.")
        Optional<Path> reports = Optional.empty();

        @Override
        public Integer call() {
            return CommandException.guard("vanban batch verify", spec.commandLine().getErr(),
                    () -> run("verify", ".pdf", reports, this::operation, false));
        }

        private VerifyOperation operation() {
            Verifier.Builder builder = Verifier.builder().trustAnchorsFrom(trust);
            if (online) {
                builder.online(LevelOptions.REVOCATION_TIMEOUT);
            }
            return new VerifyOperation(builder.build(), reports);
        }
    }

    /** Reads {@code pdf}, {@code docx} or {@code both}. */
    static final class FormatConverter implements CommandLine.ITypeConverter<RenderOperation.Format> {
        @Override
        public RenderOperation.Format convert(String value) {
            return RenderOperation.Format.valueOf(value.toUpperCase(Locale.ROOT));
        }
    }
}
