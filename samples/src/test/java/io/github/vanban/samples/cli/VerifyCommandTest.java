// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.signing.testing.TestPki;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerifyCommandTest {
    static final CliFixtures FIX = CliFixtures.get();

    Path signed;
    Path root;

    @BeforeAll
    void sign_at_b_lt(@TempDir Path shared) throws IOException {
        signed = shared.resolve("signed.pdf");
        CliRun run = SignCommandTest.signAsLeader(FIX.letterPdf(), signed, "--level", "B-LT", "--tsa", FIX.tsa(),
                "--image", FIX.signaturePng().toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        root = Files.writeString(shared.resolve("root.pem"), TestPki.pem(FIX.pki().root().certificate()));
    }

    @Nested
    class with_the_test_root_trusted {
        @Test
        void reports_the_signature_valid_and_exits_0() {
            CliRun run = CliRun.of("verify", signed.toString(), "--trust", root.toString());

            assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).startsWith("Kết quả / Result: hợp lệ / valid\n")
                    .contains("Chữ ký / Signature 'vanban_signer' (APPROVAL, B_LT): hợp lệ / valid");
            assertThat(run.err()).isEmpty();
        }

        @Test
        void prints_json_with_json() {
            CliRun run = CliRun.of("verify", signed.toString(), "--trust", root.toString(), "--json");

            assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).startsWith("{\n  \"verdict\": \"VALID\",").contains("\"field\": \"vanban_signer\"");
        }

        @Test
        void exits_1_when_a_signed_byte_changed(@TempDir Path dir) throws IOException {
            byte[] bytes = Files.readAllBytes(signed);
            int stream = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("stream\n") + 20;
            bytes[stream] ^= 0x01;
            Path altered = Files.write(dir.resolve("altered.pdf"), bytes);

            CliRun run = CliRun.of("verify", altered.toString(), "--trust", root.toString());

            assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.CHECK_FAILED);
            assertThat(run.out()).startsWith("Kết quả / Result: không hợp lệ / invalid\n");
        }
    }

    @Nested
    class with_revocation_status_not_embedded {
        @Test
        void fetches_it_with_online_and_exits_0(@TempDir Path dir) {
            Path bt = dir.resolve("b-t.pdf");
            assertThat(SignCommandTest.signAsLeader(FIX.letterPdf(), bt, "--level", "B-T", "--tsa", FIX.tsa()).exitCode())
                    .isEqualTo(ExitCode.OK);

            CliRun offline = CliRun.of("verify", bt.toString(), "--trust", root.toString());
            CliRun online = CliRun.of("verify", bt.toString(), "--trust", root.toString(), "--online");

            assertThat(offline.exitCode()).as(offline.out()).isEqualTo(ExitCode.CHECK_FAILED);
            assertThat(online.exitCode()).as(online.out()).isEqualTo(ExitCode.OK);
        }
    }

    @Nested
    class without_a_trust_anchor {
        @Test
        void cannot_call_the_signature_valid_and_exits_1() {
            CliRun run = CliRun.of("verify", signed.toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
            assertThat(run.out()).startsWith("Kết quả / Result: không xác định / indeterminate\n");
        }
    }

    @Nested
    class with_bad_usage_or_input {
        @Test
        void says_when_the_file_is_missing(@TempDir Path dir) {
            Path missing = dir.resolve("missing.pdf");

            CliRun run = CliRun.of("verify", missing.toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban verify: no such file: " + missing + "\n");
        }

        @Test
        void says_when_the_file_is_not_a_pdf(@TempDir Path dir) throws IOException {
            Path text = Files.writeString(dir.resolve("letter.pdf"), "not a PDF");

            CliRun run = CliRun.of("verify", text.toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban verify: Cannot verify " + text + ": The input is not a PDF that"
                    + " parses strictly: no prefix ending at %%EOF has a valid cross-reference and trailer\n");
            assertThat(run.out()).isEmpty();
        }

        @Test
        void says_when_a_trust_file_holds_no_certificate(@TempDir Path dir) throws IOException {
            Path empty = Files.writeString(dir.resolve("root.pem"), "no certificate here\n");

            CliRun run = CliRun.of("verify", signed.toString(), "--trust", empty.toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban verify: file is not a PEM or DER X.509 certificate: " + empty + "\n");
        }
    }

    @Nested
    class inspect {
        @Test
        void lists_who_signed_when_and_that_the_document_is_intact() {
            CliRun run = CliRun.of("inspect", signed.toString());

            assertThat(run.out()).containsPattern("\nSignature: vanban_signer: Trần Văn Tuấn, "
                    + "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\+07:00; intact; trust not checked"
                    + " \\(vanban verify --trust\\)\n");
        }

        @Test
        void lists_no_signature_for_an_unsigned_pdf() {
            CliRun run = CliRun.of("inspect", FIX.letterPdf().toString());

            assertThat(run.out()).doesNotContain("Signature:");
        }
    }
}
