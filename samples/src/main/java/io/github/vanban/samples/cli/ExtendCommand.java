// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.cli;

import io.github.vanban.signing.PadesLevel;
import io.github.vanban.signing.PadesSigner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vanban extend IN.pdf OUT.pdf --level B-T|B-LT|B-LTA --tsa URL}: raises the signatures of
 * a signed PDF for long-term archiving, appending revisions only: a document time-stamp when a
 * signature has none, the validation data ({@code /DSS}) fetched online for B-LT, and a new
 * document time-stamp for B-LTA (run it again before the last time-stamp's certificate expires).
 *
 * <p>Exit codes: 0 extended; 2 bad usage, an unreadable or unsigned input, or a TSA or revocation
 * service that cannot be reached.
 */
@Command(
        name = "extend",
        mixinStandardHelpOptions = true,
        versionProvider = VanbanCommand.Version.class,
        description = "Raise the signatures of a signed PDF to B-T, B-LT or B-LTA for long-term archiving.",
        footer = {"", "Exit codes: 0 extended, 2 bad usage, unreadable or unsigned input, or an unreachable service."})
public final class ExtendCommand implements Callable<Integer> {
    private static final String NAME = "vanban extend";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN.pdf", description = "The signed PDF (not modified).")
    private Path input;

    @Parameters(index = "1", paramLabel = "OUT.pdf", description = "Where the extended PDF goes.")
    private Path output;

    @Mixin
    private LevelOptions levels = new LevelOptions();

    /** Creates the command; picocli calls this. */
    public ExtendCommand() {}

    /**
     * Extends the file.
     *
     * @return {@link ExitCode#OK} or {@link ExitCode#BAD_INPUT}
     */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        return CommandException.guard(NAME, err, this::extend);
    }

    private int extend() {
        CommandFiles.requireInputAndOutput(input, output);
        if (levels.level == PadesLevel.B_B) {
            throw new CommandException("--level B-B: extend raises signatures to B-T, B-LT or B-LTA");
        }
        PadesLevel level = levels.required("missing --level: B-T, B-LT or B-LTA");
        PadesSigner signer = levels.configure(PadesSigner.builder(), level).build();
        signer.extend(input, output, level);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Extended to " + LevelOptions.label(level) + ": " + output);
        out.flush();
        return ExitCode.OK;
    }
}
