// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ValidateCommandTest {
    private static final String SEED = Path.of("documents", "cong-van-lai-chau.json").toString();
    private static final Path FIXTURES = Path.of("src", "test", "resources", "cli");
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "ValidateCommand");

    private static String fixture(String name) {
        return FIXTURES.resolve(name).toString();
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @Nested
    class with_the_seed_letter {
        @Test
        void reports_no_finding_and_exits_0() {
            CliRun run = CliRun.of("validate", SEED);

            assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).isEqualTo(SEED + ": 0 errors, 0 warnings: follows Decree 30/2020/NĐ-CP\n");
            assertThat(run.err()).isEmpty();
        }
    }

    @Nested
    class with_a_document_that_breaks_several_rules {
        @Test
        void lists_each_finding_with_its_vietnamese_term_and_exits_2() throws IOException {
            CliRun run = CliRun.of("validate", fixture("breaks-several-rules.json"));

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.out()).contains(
                    "ERROR ND30-AUTHORITY-MISSING at /issuingAuthority",
                    "ERROR ND30-SYMBOL-LEGACY-ABBREVIATION at /symbol",
                    "ERROR ND30-SIGNER-AUTHORITY-MISSING at /signer/authority",
                    "WARNING ND30-SIGNER-ACADEMIC-TITLE at /signer/fullName",
                    "ERROR ND30-FILE-COPY-MISSING at /distribution",
                    "    Nơi nhận (Lưu: VT) (Decree 30/2020/NĐ-CP, Appendix I, II.9.b)");
            assertGolden("breaks-several-rules.txt", run.out());
            assertThat(run.err()).isEmpty();
        }

        @Test
        void exits_2_when_one_of_several_documents_fails() {
            CliRun run = CliRun.of("validate", SEED, fixture("breaks-several-rules.json"));

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.out()).contains(SEED + ": 0 errors, 0 warnings");
        }
    }

    @Nested
    class with_warnings_only {
        @Test
        void prints_the_warnings_and_exits_0() throws IOException {
            CliRun run = CliRun.of("validate", fixture("warnings-only.json"));

            assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
            assertGolden("warnings-only.txt", run.out());
        }
    }

    @Nested
    class with_unreadable_input {
        @Test
        void names_the_file_line_and_column_of_malformed_json_and_exits_2() {
            String file = fixture("malformed.json");

            CliRun run = CliRun.of("validate", file);

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).startsWith("vanban validate: Cannot read document " + file
                    + ": line 4, column 11: malformed JSON: Unexpected character ('\"' (code 34))");
            assertThat(run.out()).isEmpty();
        }

        @Test
        void lists_every_bad_value_and_exits_2() {
            String file = fixture("bad-values.json");

            CliRun run = CliRun.of("validate", file);

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban validate: Cannot read document " + file + ": 4 problems\n"
                    + "  line 3, column 13, /number: expected a whole number, found a string\n"
                    + "  line 5, column 14, /urgency: \"HỎA TỐC HẸN GIỜ\" is not an urgency level of Decree"
                    + " 30/2020/NĐ-CP (\"HỎA TỐC HẸN GIỜ\" belongs to the repealed rules); use one of KHAN,"
                    + " THUONG_KHAN, HOA_TOC\n"
                    + "  line 6, column 26, /signer/capacity: unknown signing capacity \"KT.\"; expected one of TM,"
                    + " KT, Q, TL, TUQ (did you mean \"KT\"?)\n"
                    + "  line 7, column 3, /recievers: unknown field \"recievers\" in the document; expected one of"
                    + " version, type, parentAuthority, issuingAuthority, issuingBodyName, number, symbol, place, date, subject,"
                    + " recipients, body, signer, distribution, drafter, copiesIssued, urgency, confidentiality,"
                    + " circulationNote, contact, appendices, copy, coSigner, cornerSignature, appendicesOnly\n");
        }

        @Test
        void says_so_when_the_file_is_missing_and_exits_2() {
            String file = fixture("no-such-document.json");

            CliRun run = CliRun.of("validate", file);

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban validate: cannot read " + file + ": no such file\n");
        }

        @Test
        void exits_2_without_a_document() {
            CliRun run = CliRun.of("validate");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).startsWith("Missing required parameter: 'DOC.json'");
        }
    }
}
