// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code vanban} command: the top command under which every operation is a subcommand
 * ({@code validate} now; {@code render}, {@code sign}, {@code issue}, {@code verify}, {@code
 * inspect} and {@code demo} plug in the same way, one class each, listed in {@code subcommands}).
 *
 * <p>Usage errors and unexpected failures exit with {@link ExitCode#BAD_INPUT} and a one-line
 * message; {@code --verbose} adds the stack trace.
 */
@Command(
        name = "vanban",
        mixinStandardHelpOptions = true,
        versionProvider = VanbanCommand.Version.class,
        description = "Vietnamese administrative documents (Decree 30/2020/NĐ-CP): check, render and sign them.",
        subcommands = {ValidateCommand.class, InspectCommand.class, RenderCommand.class, SignCommand.class,
            IssueCommand.class, ExtendCommand.class, VerifyCommand.class, DemoCommand.class, BatchCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 a verification or check failed, 2 bad usage or input."})
public final class VanbanCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Print the stack trace of unexpected failures.")
    private boolean verbose;

    /** Creates the command; picocli calls this. */
    public VanbanCommand() {}

    /**
     * Runs {@code vanban} with UTF-8 output on stdout and stderr and exits with its exit code.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        PrintWriter out = utf8(FileDescriptor.out);
        PrintWriter err = utf8(FileDescriptor.err);
        int code = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs {@code vanban} in-process, writing to the given writers, without exiting.
     *
     * @param out standard output
     * @param err standard error
     * @param args the command-line arguments
     * @return the exit code, one of {@link ExitCode}
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return commandLine(out, err).execute(args);
    }

    /**
     * Creates the configured picocli command line: output writers, and the exception handling
     * that makes unexpected failures exit 2 with one line.
     *
     * @param out standard output
     * @param err standard error
     * @return the command line, ready to {@code execute}
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new VanbanCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(VanbanCommand::unexpected);
        return commandLine;
    }

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand, e.g. 'vanban validate DOC.json'");
    }

    private static int unexpected(Exception e, CommandLine commandLine, ParseResult parseResult) {
        // The root's writer: a subcommand added after setErr would still hold System.err.
        CommandLine root = commandLine;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        PrintWriter err = root.getErr();
        String message = e.getMessage() == null || e.getMessage().isBlank()
                ? e.getClass().getSimpleName()
                : e.getMessage().lines().findFirst().orElse("");
        err.println(commandLine.getCommandSpec().qualifiedName() + ": " + message);
        if (isVerbose(parseResult)) {
            e.printStackTrace(err);
        } else {
            err.println("(run with --verbose for the stack trace)");
        }
        err.flush();
        return ExitCode.BAD_INPUT;
    }

    private static boolean isVerbose(ParseResult parseResult) {
        for (ParseResult r = parseResult; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    private static PrintWriter utf8(FileDescriptor fd) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), true);
    }

    /** Reads the version that Maven writes into {@code version.properties}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties properties = new Properties();
            try (InputStream in = VanbanCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the vanban version", e);
            }
            return new String[] {
                "vanban " + properties.getProperty("version", "(unknown version)"),
                "Administrative documents under Decree 30/2020/NĐ-CP",
                "Java " + System.getProperty("java.version")
            };
        }
    }
}
