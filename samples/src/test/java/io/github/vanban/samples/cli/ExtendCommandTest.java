// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.signing.testing.Pdfsig;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtendCommandTest {
    static final CliFixtures FIX = CliFixtures.get();

    @Nested
    class with_a_signed_letter {
        @Test
        void adds_validation_data_and_a_document_time_stamp_for_b_lta(@TempDir Path dir) {
            Path signed = dir.resolve("signed.pdf");
            assertThat(SignCommandTest.signAsLeader(FIX.letterPdf(), signed, "--level", "B-B").exitCode())
                    .isEqualTo(ExitCode.OK);
            Path out = dir.resolve("archived.pdf");

            CliRun run = CliRun.of("extend", signed.toString(), out.toString(), "--level", "B-LTA", "--tsa", FIX.tsa());

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).isEqualTo("Extended to B-LTA: " + out + "\n");
            // B-B had no time-stamp: one document time-stamp for B-T, one more for B-LTA
            assertThat(Pdfsig.check(out, FIX.signing().nssDatabase())).hasSize(3);
        }
    }

    @Nested
    class with_bad_usage_or_input {
        @Test
        void refuses_b_b(@TempDir Path dir) {
            CliRun run = CliRun.of("extend", FIX.letterPdf().toString(), dir.resolve("o.pdf").toString(),
                    "--level", "B-B");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban extend: --level B-B: extend raises signatures to B-T, B-LT or B-LTA\n");
        }

        @Test
        void wants_the_time_stamp_authority(@TempDir Path dir) {
            CliRun run = CliRun.of("extend", FIX.letterPdf().toString(), dir.resolve("o.pdf").toString(),
                    "--level", "B-LTA");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban extend: --level B-LTA needs --tsa URL, a time-stamp authority\n");
        }

        @Test
        void refuses_an_unsigned_file(@TempDir Path dir) {
            CliRun run = CliRun.of("extend", FIX.letterPdf().toString(), dir.resolve("o.pdf").toString(),
                    "--level", "B-LTA", "--tsa", FIX.tsa());

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban extend: Cannot extend " + FIX.letterPdf() + ": it has no signature\n");
            assertThat(dir).isEmptyDirectory();
        }

        @Test
        void refuses_a_tsa_that_is_not_a_url() {
            CliRun run = CliRun.of("extend", "a.pdf", "b.pdf", "--level", "B-T", "--tsa", "tsa.example");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).startsWith("Invalid value for option '--tsa': 'tsa.example' is not an http or https URL");
        }
    }
}
