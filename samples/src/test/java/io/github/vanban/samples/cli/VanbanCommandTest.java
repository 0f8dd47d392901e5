// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

class VanbanCommandTest {

    /** A subcommand that fails unexpectedly, standing in for a bug in a future subcommand. */
    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("the renderer ran out of fonts\nsecond line");
        }
    }

    @Nested
    class when_asked_for_the_version {
        @Test
        void prints_the_maven_version_and_exits_0() {
            CliRun run = CliRun.of("--version");

            assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(run.out().lines().findFirst()).hasValueSatisfying(
                    line -> assertThat(line).matches("vanban \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"));
            assertThat(run.out()).contains("Decree 30/2020/NĐ-CP");
            assertThat(run.err()).isEmpty();
        }
    }

    @Nested
    class when_run_as_a_program {
        @Test
        void writes_utf_8_even_when_the_platform_default_is_latin_1() throws Exception {
            Process process = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                            "-Dfile.encoding=ISO-8859-1", "-Dstdout.encoding=ISO-8859-1",
                            "-cp", System.getProperty("java.class.path"),
                            VanbanCommand.class.getName(), "--version")
                    .redirectErrorStream(true)
                    .start();
            byte[] output = process.getInputStream().readAllBytes();

            assertThat(process.waitFor()).isEqualTo(ExitCode.OK);
            assertThat(new String(output, StandardCharsets.UTF_8)).contains("Decree 30/2020/NĐ-CP");
        }
    }

    @Nested
    class when_asked_for_help {
        @Test
        void lists_the_subcommands_and_the_exit_codes_and_exits_0() {
            CliRun run = CliRun.of("--help");

            assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(run.out())
                    .startsWith("Usage: vanban [-hV] [--verbose] [COMMAND]")
                    .contains("  validate  Check documents against the format rules of Decree 30/2020/NĐ-CP.")
                    .contains("Exit codes: 0 ok, 1 a verification or check failed, 2 bad usage or input.");
        }

        @Test
        void shows_the_help_of_a_subcommand() {
            CliRun run = CliRun.of("help", "validate");

            assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).startsWith("Usage: vanban validate [-hV] [--verbose] DOC.json...");
        }
    }

    @Nested
    class when_used_wrongly {
        @Test
        void exits_2_without_a_subcommand() {
            CliRun run = CliRun.of();

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).startsWith("Missing subcommand, e.g. 'vanban validate DOC.json'");
        }

        @Test
        void exits_2_on_an_unknown_option() {
            CliRun run = CliRun.of("--nope");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).startsWith("Unknown option: '--nope'");
        }

        @Test
        void exits_2_on_an_unknown_subcommand() {
            CliRun run = CliRun.of("sing", "x.json");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).startsWith("Unmatched arguments from index 0: 'sing', 'x.json'");
        }
    }

    @Nested
    class when_a_subcommand_fails_unexpectedly {
        @Test
        void prints_one_line_without_a_stack_trace_and_exits_2() {
            CliRun run = CliRun.withSubcommand(new Boom(), "boom");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban boom: the renderer ran out of fonts\n"
                    + "(run with --verbose for the stack trace)\n");
            assertThat(run.out()).isEmpty();
        }

        @Test
        void prints_the_stack_trace_with_verbose() {
            CliRun run = CliRun.withSubcommand(new Boom(), "boom", "--verbose");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err())
                    .startsWith("vanban boom: the renderer ran out of fonts\njava.lang.IllegalStateException:")
                    .contains("at io.github.vanban.samples.cli.VanbanCommandTest$Boom.call");
        }
    }
}
