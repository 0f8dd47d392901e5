// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.europa.esig.dss.enumerations.Indication;
import io.github.vanban.core.json.DocumentJson;
import io.github.vanban.signing.testing.DssOracle;
import io.github.vanban.signing.testing.Pdfsig;
import io.github.vanban.signing.testing.SoftHsm;
import io.github.vanban.signing.testing.TestPki;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

class SignCommandTest {
    static final CliFixtures FIX = CliFixtures.get();

    static CliRun signAsLeader(Path in, Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("sign", in.toString(), out.toString(),
                "--keystore", FIX.leaderKeystore().toString(), "--password-env", CliFixtures.PASSWORD_ENV));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    static CliRun signAsOrganisation(Path in, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("sign", in.toString(), out.toString(),
                "--keystore", FIX.organisationKeystore().toString(), "--password-env", CliFixtures.PASSWORD_ENV));
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
    /**
     * One document rendered with {@code vanban render} so that it carries {@code vanban_corner},
     * then signed once by the organisation with a stamp option and no {@code --field}.
     */
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract class SignedWithAStamp {
        static final DateTimeFormatter STAMP_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy; HH:mm:ss xxx")
                .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

        CliRun run;
        Path signed;
        Path root;

        /** Writes the JSON document to render into {@code dir} and returns it. */
        abstract Path document(Path dir) throws IOException;

        /** The stamp options, as typed. */
        abstract List<String> stampOptions();

        /** The stamp line as printed, up to the date. */
        abstract String expectedPrefix();

        @BeforeAll
        void render_and_sign_at_b_lt(@TempDir Path dir) throws IOException {
            Path pdf = dir.resolve("unsigned.pdf");
            CliRun render = CliRun.of("render", document(dir).toString(), "--pdf", pdf.toString());
            assertThat(render.exitCode()).as(render.err()).isEqualTo(ExitCode.OK);
            signed = dir.resolve("signed.pdf");
            List<String> options = new ArrayList<>(List.of("--level", "B-LT", "--tsa", FIX.tsa()));
            options.addAll(stampOptions());
            run = signAsOrganisation(pdf, signed, options.toArray(String[]::new));
            root = Files.writeString(dir.resolve("root.pem"), TestPki.pem(FIX.pki().root().certificate()));
        }

        @Test
        void exits_0_and_signs_the_corner_field() {
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).startsWith("Signed vanban_corner at B-LT by ").endsWith(": " + signed + "\n");
        }

        @Test
        void eu_dss_passes_the_body_signature_without_disallowed_changes() {
            DssOracle.Result dss = DssOracle.validate(signed, FIX.pki(), DssOracle.Revocation.OFFLINE);

            assertThat(dss.signatureIds()).as(dss.summary()).hasSize(1);
            assertThat(dss.indication(dss.signatureIds().get(0))).as(dss.summary()).isEqualTo(Indication.TOTAL_PASSED);
            assertThat(dss.disallowedModifications()).as(dss.summary()).isEmpty();
        }

        @Test
        void prints_the_stamp_line_in_nfc_at_the_top_of_page_1_with_the_signing_time_to_the_second() throws IOException {
            String line = expectedPrefix() + STAMP_TIME.format(signingTime(signed).toInstant());

            // Page 1 above the 20 mm top margin (57 pt), where nothing but the stamp is printed.
            assertThat(PdfText.of(signed, "-f", "1", "-l", "1", "-x", "0", "-y", "0", "-W", "596", "-H", "57").strip())
                    .isEqualTo(line);
        }

        @Test
        void vanban_verify_reports_it_valid_and_exits_0() {
            CliRun verify = CliRun.of("verify", signed.toString(), "--trust", root.toString());

            assertThat(verify.exitCode()).as(verify.out()).isEqualTo(ExitCode.OK);
            assertThat(verify.out()).contains("Chữ ký / Signature 'vanban_corner' (APPROVAL, B_LT): hợp lệ / valid");
        }
    }

    @Nested
    class with_the_copy_stamp_on_the_3_2_sample extends SignedWithAStamp {
        @Override
        Path document(Path dir) {
            return Path.of("documents", "forms", "3.2-ban-sao-dien-tu.json");
        }

        @Override
        List<String> stampOptions() {
            return List.of("--copy-stamp", "sao y", "--copier", nfd("Văn phòng Ủy ban nhân dân tỉnh Lai Châu"));
        }

        @Override
        String expectedPrefix() {
            return "SAO Y; Văn phòng Ủy ban nhân dân tỉnh Lai Châu; ";
        }

        @Test
        void refuses_to_stamp_the_signed_copy_again(@TempDir Path dir) {
            CliRun again = signAsOrganisation(signed, dir.resolve("again.pdf"), "--level", "B-B",
                    "--copy-stamp", "SAO_Y", "--copier", "Văn phòng");

            assertThat(again.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(again.err()).isEqualTo("vanban sign: Signature field 'vanban_corner' in " + signed
                    + " is already signed\n");
            assertThat(dir).isEmptyDirectory();
        }
    }

    @Nested
    class with_the_attachment_stamp_on_an_appendix_in_a_separate_file extends SignedWithAStamp {
        @Override
        Path document(Path dir) throws IOException {
            return Files.writeString(dir.resolve("appendix.json"),
                    DocumentJson.write(DocumentJson.read(CliFixtures.SEED).toBuilder().cornerSignature(true).build()));
        }

        @Override
        List<String> stampOptions() {
            // Symbols hold no decomposable letter (Đ has no NFD form); the blanks around are dropped.
            return List.of("--attachment-stamp", " 15/QĐ-UBND ");
        }

        @Override
        String expectedPrefix() {
            return "Số: 15/QĐ-UBND; ";
        }
    }

    @Nested
    class when_asked_for_help {
        @Test
        void describes_the_stamps_and_shows_how_to_use_them() {
            CliRun run = CliRun.of("sign", "--help");

            assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(run.out())
                    .contains("[--attachment-stamp=NUMBER/SYMBOL] [--copier=BODY]", "[--copy-stamp=FORM]")
                    .contains("\nA stamp (--attachment-stamp, --copy-stamp) goes in vanban_corner when --field\n")
                    .contains("      --level B-LT --tsa URL --attachment-stamp 15/QĐ-UBND\n")
                    .contains("      --copy-stamp \"SAO Y\" --copier \"Văn phòng Ủy ban nhân dân tỉnh Lai Châu\"\n");
        }
    }

    @Nested
    class with_a_bad_stamp_request {
        @TempDir
        Path dir;

        CliRun stamp(Path in, String... more) {
            List<String> options = new ArrayList<>(List.of("--level", "B-B"));
            options.addAll(List.of(more));
            return signAsOrganisation(in, dir.resolve("o.pdf"), options.toArray(String[]::new));
        }

        void assertRefused(CliRun run, String message) {
            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("vanban sign: " + message + "\n");
            assertThat(dir).isEmptyDirectory();
        }

        @Test
        void refuses_both_stamps() {
            assertRefused(stamp(FIX.letterPdf(), "--attachment-stamp", "15/QĐ-UBND", "--copy-stamp", "SAO_Y",
                    "--copier", "Văn phòng"),
                    "--attachment-stamp and --copy-stamp are two different stamps (form 2.2 and form 3.2): give one");
        }

        @Test
        void wants_the_copier_with_the_copy_stamp() {
            assertRefused(stamp(FIX.letterPdf(), "--copy-stamp", "TRÍCH SAO"),
                    "--copy-stamp needs --copier BODY, the name of the copying body (cơ quan sao)");
        }

        @Test
        void wants_the_copy_stamp_with_the_copier() {
            assertRefused(stamp(FIX.letterPdf(), "--copier", "Văn phòng"),
                    "--copier needs --copy-stamp SAO_Y|SAO_LUC|TRICH_SAO");
        }

        @Test
        void refuses_the_signature_image_with_a_stamp() {
            assertRefused(stamp(FIX.letterPdf(), "--attachment-stamp", "15/QĐ-UBND", "--image",
                    FIX.signaturePng().toString()),
                    "--attachment-stamp is text only (Decree 30/2020/NĐ-CP shows no image in it): drop --image");
        }

        @Test
        void refuses_the_seal_with_a_stamp() {
            assertRefused(stamp(FIX.letterPdf(), "--copy-stamp", "SAO LỤC", "--copier", "Văn phòng", "--seal",
                    FIX.sealPng().toString()),
                    "--copy-stamp is text only (Decree 30/2020/NĐ-CP shows no image in it): drop --seal");
        }

        @Test
        void refuses_a_seal_size_with_a_stamp() {
            assertRefused(stamp(FIX.letterPdf(), "--attachment-stamp", "15/QĐ-UBND", "--seal-mm", "40"),
                    "--attachment-stamp is text only (Decree 30/2020/NĐ-CP shows no image in it): drop --seal-mm");
        }

        @Test
        void refuses_text_with_a_stamp() {
            assertRefused(stamp(FIX.letterPdf(), "--attachment-stamp", "15/QĐ-UBND", "--text"),
                    "--text does not apply to --attachment-stamp: the stamp line already shows the signing time");
        }

        @Test
        void refuses_an_empty_number() {
            assertRefused(stamp(FIX.letterPdf(), "--attachment-stamp", "  "),
                    "--attachment-stamp is empty: give the main document's number and symbol, e.g. 15/QĐ-UBND");
        }

        @Test
        void refuses_a_number_with_its_label() {
            assertRefused(stamp(FIX.letterPdf(), "--attachment-stamp", "Số: 15/QĐ-UBND"),
                    "--attachment-stamp takes the number and symbol without \"Số:\", e.g. 15/QĐ-UBND; "
                            + "got 'Số: 15/QĐ-UBND'");
        }

        @Test
        void refuses_a_number_without_a_symbol() {
            assertRefused(stamp(FIX.letterPdf(), "--attachment-stamp", "15"),
                    "--attachment-stamp '15' is not a number and symbol (số/ký hiệu) such as 15/QĐ-UBND");
        }

        @Test
        void refuses_an_empty_copier() {
            assertRefused(stamp(FIX.letterPdf(), "--copy-stamp", "SAO_Y", "--copier", ""),
                    "--copier is empty: give the name of the copying body");
        }

        @Test
        void refuses_a_copier_on_two_lines() {
            assertRefused(stamp(FIX.letterPdf(), "--copy-stamp", "SAO_Y", "--copier", "Văn phòng\nỦy ban"),
                    "--copier must be one line of text, without line breaks or control characters");
        }

        @Test
        void refuses_a_stamp_in_the_persons_field() {
            assertRefused(stamp(FIX.letterPdf(), "--attachment-stamp", "15/QĐ-UBND", "--field", "vanban_signer"),
                    "--attachment-stamp goes in vanban_corner at the top right of page 1, not in vanban_signer");
        }

        @Test
        void names_the_missing_corner_field_instead_of_stamping_the_first_empty_one() {
            assertRefused(stamp(FIX.letterPdf(), "--copy-stamp", "SAO_Y", "--copier", "Văn phòng"),
                    FIX.letterPdf() + " has no signature field vanban_corner for --copy-stamp: render it with "
                            + "\"cornerSignature\": true, or give --field vanban_corner to add the field at the "
                            + "top right of page 1");
        }

        @Test
        void refuses_an_unknown_form_of_copy() {
            CliRun run = stamp(FIX.letterPdf(), "--copy-stamp", "sao chép", "--copier", "Văn phòng");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).startsWith("Invalid value for option '--copy-stamp': 'sao chép' is not a form of "
                    + "copy; expected SAO_Y, SAO_LUC or TRICH_SAO (SAO Y, SAO LỤC, TRÍCH SAO)\n");
        }
    }

    static String nfd(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        assertThat(decomposed).as("the fixture text has diacritics to decompose").isNotEqualTo(text);
        return decomposed;
    }

    static Calendar signingTime(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getLastSignatureDictionary().getSignDate();
        }
    }
}
