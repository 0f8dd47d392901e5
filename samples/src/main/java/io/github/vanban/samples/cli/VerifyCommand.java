// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.cli;

import io.github.vanban.signing.verify.VerificationException;
import io.github.vanban.signing.verify.VerificationReport;
import io.github.vanban.signing.verify.Verifier;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vanban verify IN.pdf [--trust root.pem ...] [--online] [--json]}: verifies every
 * signature and document time-stamp of a PDF and every change made after them, with {@link
 * Verifier}, and prints the report in Vietnamese and English, or as JSON.
 *
 * <p>No certificate is trusted unless given with {@code --trust} (PEM or DER, one or more per
 * file); without one, signatures are at best INDETERMINATE. Revocation status comes from the PDF
 * ({@code /DSS}, CMS) and, with {@code --online}, from the certificates' OCSP responders and CRLs.
 *
 * <p>Exit codes: 0 when every signature is VALID and no change after signing is forbidden; 1 when
 * any is INVALID or INDETERMINATE or the document was altered; 2 for bad usage or a file that is
 * missing or not a readable PDF.
 */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        versionProvider = VanbanCommand.Version.class,
        description = "Verify the signatures of a PDF and every change made after them.",
        footer = {"", "Exit codes: 0 every signature valid and no forbidden change, 1 a signature is invalid or "
                + "indeterminate or the document was altered, 2 bad usage or unreadable input."})
public final class VerifyCommand implements Callable<Integer> {
    private static final String NAME = "vanban verify";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN.pdf", description = "The signed PDF.")
    private Path input;

    @Option(names = "--trust", paramLabel = "root.pem",
            description = "A trust anchor certificate file (PEM or DER); repeat for several.")
    private List<Path> trust = List.of();

    @Option(names = "--online", description = "Fetch revocation status the PDF does not embed (OCSP, CRL).")
    private boolean online;

    @Option(names = "--json", description = "Print the report as JSON.")
    private boolean json;

    /** Creates the command; picocli calls this. */
    public VerifyCommand() {}

    /**
     * Verifies the file and prints the report.
     *
     * @return {@link ExitCode#OK}, {@link ExitCode#CHECK_FAILED} or {@link ExitCode#BAD_INPUT}
     */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        return CommandException.guard(NAME, err, this::verify);
    }

    private int verify() {
        CommandFiles.unreadable(input).ifPresent(problem -> {
            throw new CommandException(problem);
        });
        Verifier.Builder builder = Verifier.builder();
        for (Path anchor : trust) {
            CommandFiles.unreadable(anchor).ifPresent(problem -> {
                throw new CommandException("--trust: " + problem);
            });
            builder.trustAnchorsFrom(anchor);
        }
        if (online) {
            builder.online(LevelOptions.REVOCATION_TIMEOUT);
        }
        VerificationReport report;
        try {
            report = builder.build().verify(input);
        } catch (VerificationException e) {
            throw new CommandException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? report.toJson() : report.toText());
        out.flush();
        return report.isValid() ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }
}
