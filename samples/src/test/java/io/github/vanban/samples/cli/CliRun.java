// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One in-process run of {@code vanban}: its exit code and what it printed.
 *
 * @param exitCode the exit code
 * @param out standard output
 * @param err standard error
 */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(String... args) {
        return run(null, args);
    }

    /** Runs with an extra subcommand registered, to reach the real exception handling. */
    static CliRun withSubcommand(Object subcommand, String... args) {
        return run(subcommand, args);
    }

    private static CliRun run(Object extra, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = VanbanCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        if (extra != null) {
            commandLine.addSubcommand(extra);
        }
        int code = commandLine.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
