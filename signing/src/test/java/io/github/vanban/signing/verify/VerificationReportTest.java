// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanban.signing.PadesLevel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The report values: verdict rules, exit codes, JSON and text shapes (golden files). */
class VerificationReportTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/VerificationReport");

    private static final CertificateInfo SIGNER = new CertificateInfo(
            "C=VN,O=Sở Khoa học và Công nghệ tỉnh Lai Châu,CN=Trần Văn Tuấn",
            "C=VN,CN=CA \"thử nghiệm\"", "1A2B", Instant.parse("2026-01-01T00:00:00Z"),
            Instant.parse("2028-01-01T00:00:00Z"), List.of("digitalSignature"), List.of(),
            "00FF");

    private static SignatureReport signature(Reason reason, List<Check> checks) {
        return new SignatureReport("chu_ky", SignatureKind.APPROVAL, "ETSI.CAdES.detached",
                Optional.of(SIGNER), List.of(SIGNER), Optional.of(Instant.parse(
                        "2026-11-26T03:00:00Z")), Optional.empty(), Optional.of(PadesLevel.B_B),
                List.of(0L, 100L, 200L, 50L), 2, false, Optional.empty(), checks, reason);
    }

    private static VerificationReport attacked() {
        return new VerificationReport(
                List.of(signature(Reason.DOCUMENT_MODIFIED, List.of(
                        new Check("message-digest", true, "SHA-256 of the signed bytes matches"),
                        new Check("modifications", false, "1 change(s) after signing are not "
                                + "permitted: [revision 3] A /FreeText annotation was added")))),
                3, List.of(new Change(3, "12 0 R", ChangeKind.ANNOTATION, false,
                        "A /FreeText annotation was added\tover the text")),
                Reason.DOCUMENT_MODIFIED);
    }

    private static void golden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Nested
    class an_attacked_document {
        @Test
        void is_invalid_with_exit_code_1_and_lists_the_forbidden_change() {
            VerificationReport report = attacked();
            assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
            assertThat(report.exitCode()).isEqualTo(1);
            assertThat(report.forbiddenChanges()).extracting(Change::object)
                    .containsExactly("12 0 R");
            assertThat(report.signatures().get(0).failedChecks()).extracting(Check::name)
                    .containsExactly("modifications");
        }

        @Test
        void writes_the_golden_json() throws IOException {
            golden("attacked.json", attacked().toJson());
        }

        @Test
        void writes_the_golden_text() throws IOException {
            golden("attacked.txt", attacked().toText());
        }
    }

    @Nested
    class verdicts {
        @Test
        void invalid_is_worse_than_indeterminate_which_is_worse_than_valid() {
            assertThat(Verdict.VALID.worst(Verdict.INDETERMINATE)).isEqualTo(Verdict.INDETERMINATE);
            assertThat(Verdict.INDETERMINATE.worst(Verdict.INVALID)).isEqualTo(Verdict.INVALID);
            assertThat(Verdict.INVALID.worst(Verdict.VALID)).isEqualTo(Verdict.INVALID);
        }

        @Test
        void only_passed_leads_to_valid() {
            assertThat(Reason.values()).filteredOn(r -> r.verdict() == Verdict.VALID)
                    .containsExactly(Reason.PASSED);
            assertThat(Reason.DOCUMENT_MODIFIED.vietnamese())
                    .isEqualTo("Tài liệu đã bị thay đổi sau khi ký.");
        }

        @Test
        void a_valid_document_exits_with_0() {
            VerificationReport report = new VerificationReport(
                    List.of(signature(Reason.PASSED, List.of())), 2, List.of(), Reason.PASSED);
            assertThat(report.exitCode()).isZero();
            assertThat(report.isValid()).isTrue();
        }
    }

    @Nested
    class invalid_values {
        @Test
        void a_change_needs_a_positive_revision() {
            assertThatThrownBy(() -> new Change(0, "file", ChangeKind.HIDDEN_DATA, false, "x"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("revision must be >= 1, was 0");
        }

        @Test
        void a_check_needs_a_name() {
            assertThatThrownBy(() -> new Check(" ", true, "x"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("name must not be blank");
        }
    }
}
