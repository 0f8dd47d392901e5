// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.cli;

import io.github.vanban.samples.demo.Demo;
import io.github.vanban.samples.demo.DemoReport;
import io.github.vanban.samples.demo.OutputConflictException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vanban demo [--out DIR] [--force] [--date YYYY-MM-DD] [--number N]}: runs {@link Demo}
 * and prints the files written, each signature's verdict and level, and the step times.
 *
 * <p>Exit codes: 0 when both signatures are intact; 1 when one is not; 2 when the output
 * directory holds files the demo did not write (without {@code --force}) or bad usage.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        versionProvider = VanbanCommand.Version.class,
        description = {
            "Render, sign, issue, seal and check the sample letter with a throw-away PKI, time-stamp "
                    + "authority and OCSP responder running inside this process (nothing to install).",
            "Demonstration certificates only: trust demo-root-ca.pem for nothing else."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the letter was issued and both signatures verify as valid",
            "1:a signature is not valid",
            "2:bad usage, or DIR holds files the demo did not write (use --force)"
        })
public final class DemoCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "demo-out",
            description = "Output directory (default: ${DEFAULT-VALUE}).")
    private Path out = Path.of("demo-out");

    @Option(names = "--force", description = "Overwrite files in DIR that the demo did not write.")
    private boolean force;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Date of issue (default: today in Asia/Ho_Chi_Minh).")
    private Optional<LocalDate> date = Optional.empty();

    @Option(names = "--number", paramLabel = "N", defaultValue = "15",
            description = "Number of issue (default: ${DEFAULT-VALUE}).")
    private int number = 15;

    /** Creates the command; picocli calls this. */
    public DemoCommand() {}

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (number < 1) {
            err.println("vanban demo: --number must be positive, was " + number);
            return ExitCode.BAD_INPUT;
        }
        Demo.Builder builder = Demo.builder().outputDirectory(out).force(force).number(number);
        date.ifPresent(builder::issueDate);
        DemoReport report;
        long start = System.nanoTime();
        try {
            report = builder.build().run();
        } catch (OutputConflictException e) {
            err.println("vanban demo: " + e.getMessage());
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        print(stdout, report, Duration.ofNanos(System.nanoTime() - start));
        stdout.flush();
        return report.allValid() ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }

    private static void print(PrintWriter out, DemoReport report, Duration wall) {
        out.println("Files written to " + report.outputDirectory() + ":");
        report.files().forEach(f -> out.println("  " + f));
        out.println("Signatures of " + Demo.SIGNED + ":");
        for (DemoReport.Signature s : report.signatures()) {
            out.println("  " + s.field() + "  " + s.verdict() + "  "
                    + s.level().map(l -> "PAdES " + l.name().replace('_', '-')).orElse("not PAdES baseline")
                    + " (requested " + s.requested().name().replace('_', '-') + ")");
            out.println("      " + s.signer());
            out.println("      " + s.reason());
        }
        out.println("  (verified offline from what the PDF embeds, trusting only " + Demo.ROOT_PEM
                + "; check it yourself with pdfsig or EU DSS trusting that file)");
        out.println("Times:");
        for (DemoReport.Step step : report.steps()) {
            out.printf(Locale.ROOT, "  %6.2f s  %s%n", seconds(step.duration()), step.name());
        }
        out.printf(Locale.ROOT, "  %6.2f s  total (wall clock)%n", seconds(wall));
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
