// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vanban.signing.testing.Pdfsig;
import io.github.vanban.signing.testing.SoftHsm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignCommandTest {
    static final CliFixtures FIX = CliFixtures.get();

    static CliRun signAsLeader(Path in, Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("sign", in.toString(), out.toString(),
                "--keystore", FIX.leaderKeystore().toString(), "--password-env", CliFixtures.PASSWORD_ENV));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Nested
    class with_a_pkcs12_key {
        @Test
        void signs_the_first_empty_field_with_the_signature_image_and_exits_0(@TempDir Path dir) throws IOException {
            Path out = dir.resolve("signed.pdf");
            byte[] before = Files.readAllBytes(FIX.letterPdf());

            CliRun run = signAsLeader(FIX.letterPdf(), out, "--level", "B-B", "--image", FIX.signaturePng().toString());

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).startsWith("Signed vanban_signer at B-B by Trần Văn Tuấn, ")
                    .endsWith(" +07:00: " + out + "\n");
            List<Pdfsig.Signature> signatures = Pdfsig.check(out, FIX.signing().nssDatabase());
            assertThat(signatures).hasSize(1).allMatch(Pdfsig.Signature::isValid).allMatch(Pdfsig.Signature::isTrusted);
            assertThat(Files.readAllBytes(FIX.letterPdf())).as("input untouched").isEqualTo(before);
        }

        @Test
        void signs_the_named_field_at_b_t_with_the_time_stamp_authority(@TempDir Path dir) {
            Path out = dir.resolve("signed.pdf");

            CliRun run = signAsLeader(FIX.letterPdf(), out, "--level", "B-T", "--tsa", FIX.tsa(),
                    "--field", "vanban_signer", "--image", FIX.signaturePng().toString(), "--text");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).startsWith("Signed vanban_signer at B-T by Trần Văn Tuấn, ");
            assertThat(Pdfsig.check(out, FIX.signing().nssDatabase())).singleElement()
                    .matches(Pdfsig.Signature::isValid);
        }
    }

    @Nested
    class with_a_pkcs11_token {
        @Test
        void reads_the_module_and_slot_from_the_config_file_and_the_pin_from_the_environment(@TempDir Path dir)
                throws IOException {
            assumeTrue(SoftHsm.unavailable().isEmpty(), () -> SoftHsm.unavailable().orElse(""));
            int slot = SoftHsm.tokenWith(FIX.pki().leader(), "leader");
            Path config = Files.writeString(dir.resolve("token.cfg"),
                    "# SoftHSM2\nname = test\nlibrary = " + SoftHsm.LIBRARY + "\nslotListIndex = " + slot + "\n");
            Path out = dir.resolve("signed.pdf");

            CliRun run = CliRun.of("sign", FIX.letterPdf().toString(), out.toString(), "--pkcs11", config.toString(),
                    "--alias", "leader", "--password-env", CliFixtures.PIN_ENV, "--level", "B-B");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).startsWith("Signed vanban_signer at B-B by Trần Văn Tuấn, ");
        }

        @Test
        void names_the_line_of_an_unsupported_setting(@TempDir Path dir) throws IOException {
            Path config = Files.writeString(dir.resolve("token.cfg"), "library = /x.so\nslot = 3\n");

            CliRun run = CliRun.of("sign", FIX.letterPdf().toString(), dir.resolve("o.pdf").toString(),
                    "--pkcs11", config.toString(), "--password-env", CliFixtures.PIN_ENV, "--level", "B-B");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban sign: --pkcs11 " + config
                    + ", line 2: unsupported setting 'slot'; expected library, slotListIndex or name\n");
        }
    }

    @Nested
    class with_bad_usage_or_input {
        @Test
        void wants_a_time_stamp_authority_from_b_t(@TempDir Path dir) {
            Path out = dir.resolve("signed.pdf");

            CliRun run = signAsLeader(FIX.letterPdf(), out, "--level", "B-LT");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban sign: --level B-LT needs --tsa URL, a time-stamp authority\n");
            assertThat(out).doesNotExist();
        }

        @Test
        void says_when_the_password_variable_is_not_set(@TempDir Path dir) {
            CliRun run = CliRun.of("sign", FIX.letterPdf().toString(), dir.resolve("o.pdf").toString(),
                    "--keystore", FIX.leaderKeystore().toString(), "--password-env", "VANBAN_NO_SUCH_VARIABLE",
                    "--level", "B-B");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo(
                    "vanban sign: the environment variable VANBAN_NO_SUCH_VARIABLE named by --password-env is not set\n");
        }

        @Test
        void says_when_the_password_is_wrong(@TempDir Path dir) {
            CliRun run = CliRun.of("sign", FIX.letterPdf().toString(), dir.resolve("o.pdf").toString(),
                    "--keystore", FIX.leaderKeystore().toString(), "--password-env", CliFixtures.PIN_ENV,
                    "--level", "B-B");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban sign: Cannot open PKCS#12 file " + FIX.leaderKeystore()
                    + ": wrong password\n");
            assertThat(dir).isEmptyDirectory();
        }

        @Test
        void wants_a_level(@TempDir Path dir) {
            CliRun run = signAsLeader(FIX.letterPdf(), dir.resolve("o.pdf"));

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban sign: missing --level: B-B, B-T, B-LT or B-LTA\n");
        }

        @Test
        void wants_a_key() {
            CliRun run = CliRun.of("sign", FIX.letterPdf().toString(), "o.pdf", "--level", "B-B");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban sign: no key: give --keystore K.p12 or --pkcs11 CFG\n");
        }

        @Test
        void refuses_two_key_stores() {
            CliRun run = signAsLeader(FIX.letterPdf(), Path.of("o.pdf"), "--pkcs11", "token.cfg", "--level", "B-B");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).startsWith("Error: --keystore=K.p12, --pkcs11=CFG are mutually exclusive");
        }

        @Test
        void refuses_an_unknown_level() {
            CliRun run = signAsLeader(FIX.letterPdf(), Path.of("o.pdf"), "--level", "B-X");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).startsWith(
                    "Invalid value for option '--level': 'B-X' is not a PAdES level; expected B-B, B-T, B-LT or B-LTA");
        }

        @Test
        void refuses_to_overwrite_the_input(@TempDir Path dir) throws IOException {
            Path in = Files.copy(FIX.letterPdf(), dir.resolve("letter.pdf"));
            byte[] before = Files.readAllBytes(in);

            CliRun run = signAsLeader(in, in, "--level", "B-B");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban sign: OUT.pdf " + in + " would overwrite the input\n");
            assertThat(Files.readAllBytes(in)).isEqualTo(before);
        }

        @Test
        void says_when_the_input_is_missing(@TempDir Path dir) {
            Path missing = dir.resolve("missing.pdf");

            CliRun run = signAsLeader(missing, dir.resolve("o.pdf"), "--level", "B-B");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban sign: no such file: " + missing + "\n");
        }

        @Test
        void refuses_an_image_that_is_not_a_png(@TempDir Path dir) throws IOException {
            Path notPng = Files.writeString(dir.resolve("sig.png"), "GIF89a");

            CliRun run = signAsLeader(FIX.letterPdf(), dir.resolve("o.pdf"), "--level", "B-B", "--image", notPng.toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban sign: --image " + notPng
                    + ": png is not a PNG file (bad signature bytes)\n");
            assertThat(dir.resolve("o.pdf")).doesNotExist();
        }

        @Test
        void refuses_text_on_an_invisible_signature() {
            CliRun run = signAsLeader(FIX.letterPdf(), Path.of("o.pdf"), "--level", "B-B", "--text");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo(
                    "vanban sign: --text needs --image or --seal: an invisible signature shows no text\n");
        }

        @Test
        void says_when_the_field_does_not_exist(@TempDir Path dir) {
            CliRun run = signAsLeader(FIX.letterPdf(), dir.resolve("o.pdf"), "--level", "B-B",
                    "--field", "no_such_field", "--image", FIX.signaturePng().toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban sign: No signature field named 'no_such_field' in "
                    + FIX.letterPdf() + "; signature fields present: [vanban_signer, vanban_seal]\n");
        }
    }
}
