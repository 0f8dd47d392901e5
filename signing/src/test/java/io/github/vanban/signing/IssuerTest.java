// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import eu.europa.esig.dss.enumerations.Indication;
import io.github.vanban.signing.testing.DssOracle;
import io.github.vanban.signing.testing.Pdfsig;
import io.github.vanban.signing.testing.Qpdf;
import io.github.vanban.signing.testing.SigningFixtures;
import io.github.vanban.signing.testing.TestImages;
import io.github.vanban.signing.testing.TestPdfs;
import io.github.vanban.signing.testing.VeraPdf;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssuerTest {
    static final SigningFixtures FIX = SigningFixtures.get();
    static final float MM = 72f / 25.4f;

    static Path leaderSigned(Path dir, TestPdfs.Letter letter) {
        Path input = TestPdfs.letter(dir.resolve("letter.pdf"), letter);
        Path signed = dir.resolve("approved.pdf");
        FIX.signer(FIX.pki().leader()).sign(input, signed, SignRequest.builder()
                .level(PadesLevel.B_T).fieldName("vanban_signer")
                .appearance(Appearance.signature(TestImages.blueSignature())).build());
        return signed;
    }

    static SignRequest sealRequest(PadesLevel level) {
        return SignRequest.builder().level(level).fieldName("vanban_seal")
                .appearance(Appearance.seal(TestImages.redSeal(), 36)).build();
    }

    @Nested
    class the_full_workflow {
        @Test
        void keeps_both_signatures_valid_pdfa_and_free_of_disallowed_changes(@TempDir Path dir)
                throws Exception {
            Path approved = leaderSigned(dir, TestPdfs.Letter.unassigned());
            assertThat(VeraPdf.pdfA2bFailures(approved)).isEmpty();
            byte[] before = sha256(approved);
            Path numbered = dir.resolve("numbered.pdf");
            Issuer.assignNumberAndDate(approved, numbered, new Issuance(5, LocalDate.of(2026, 2, 7)));
            assertThat(VeraPdf.pdfA2bFailures(numbered)).isEmpty();
            Path issued = dir.resolve("issued.pdf");
            Issuer.of(FIX.signer(FIX.pki().organisation()))
                    .issue(numbered, issued, new Issuance(5, LocalDate.of(2026, 2, 7)),
                            sealRequest(PadesLevel.B_LTA));

            assertThat(sha256(approved)).as("input untouched").isEqualTo(before);
            assertThat(Qpdf.problems(issued)).isEmpty();
            assertThat(VeraPdf.pdfA2bFailures(issued)).isEmpty();
            DssOracle.Result dss = DssOracle.validate(issued, FIX.pki(), DssOracle.Revocation.OFFLINE);
            assertThat(dss.signatureIds()).hasSize(2);
            for (String id : dss.signatureIds()) {
                assertThat(dss.indication(id)).as(dss.summary()).isEqualTo(Indication.TOTAL_PASSED);
            }
            assertThat(dss.disallowedModifications()).isEmpty();
            // the seal deliberately overlaps the person's signature (Appendix I II.8.a)
            assertThat(dss.annotationOverlaps()).allMatch(o -> o.endsWith("[1]"));
            List<Pdfsig.Signature> pdfsig = Pdfsig.check(issued, FIX.nssDatabase());
            assertThat(pdfsig).hasSize(3).allMatch(s -> s.text().contains("Signed Ranges"));
            assertThat(pdfsig.subList(0, 2)).as(pdfsig.toString())
                    .allMatch(Pdfsig.Signature::isValid).allMatch(Pdfsig.Signature::isTrusted);
            assertThat(pdfsig.get(2).coversWholeDocument()).as("the document time-stamp").isTrue();
            try (PDDocument doc = Loader.loadPDF(issued.toFile())) {
                PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
                assertThat(form.getField("vanban_number").getValueAsString()).isEqualTo("05");
                assertThat(form.getField("vanban_day").getValueAsString()).isEqualTo("07");
                assertThat(form.getField("vanban_month").getValueAsString()).isEqualTo("02");
                assertThat(form.getField("vanban_year").getValueAsString()).isEqualTo("2026");
                PDAppearanceStream ap = form.getField("vanban_number").getWidgets().get(0)
                        .getNormalAppearanceStream();
                PDFont font = ap.getResources().getFont(ap.getResources().getFontNames().iterator().next());
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).contains("LiberationSerif");
            }
        }

        @Test
        void places_the_seal_at_real_size_over_the_left_third_of_the_signature(@TempDir Path dir)
                throws IOException {
            Path approved = leaderSigned(dir, TestPdfs.Letter.unassigned());
            Path issued = dir.resolve("issued.pdf");
            Issuer.of(FIX.signer(FIX.pki().organisation())).issue(approved, issued,
                    new Issuance(12, LocalDate.of(2026, 11, 26)), sealRequest(PadesLevel.B_B));
            try (PDDocument doc = Loader.loadPDF(issued.toFile())) {
                PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
                PDRectangle signer = form.getField("vanban_signer").getWidgets().get(0).getRectangle();
                PDRectangle seal = form.getField("vanban_seal").getWidgets().get(0).getRectangle();
                assertThat(seal.getWidth()).isCloseTo(36 * MM, within(0.01f));
                assertThat(seal.getHeight()).isCloseTo(36 * MM, within(0.01f));
                assertThat(seal.getUpperRightX())
                        .isCloseTo(signer.getLowerLeftX() + signer.getWidth() / 3, within(0.01f));
                assertThat(seal.getLowerLeftY() + seal.getHeight() / 2)
                        .isCloseTo(signer.getLowerLeftY() + signer.getHeight() / 2, within(0.01f));
                assertThat(form.getField("vanban_number").getValueAsString()).isEqualTo("12");
                assertThat(form.getField("vanban_month").getValueAsString()).isEqualTo("11");
                assertThat(doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.ACRO_FORM))
                        .isNotNull();
            }
        }
    }

    @Nested
    class when_month_and_year_are_already_printed {
        @Test
        void fills_number_and_day_when_the_date_agrees(@TempDir Path dir) throws IOException {
            Path approved = leaderSigned(dir, TestPdfs.Letter.monthYearPrinted(3, 2026));
            Path numbered = dir.resolve("numbered.pdf");
            Issuer.assignNumberAndDate(approved, numbered, new Issuance(15, LocalDate.of(2026, 3, 9)));
            try (PDDocument doc = Loader.loadPDF(numbered.toFile())) {
                PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
                assertThat(form.getField("vanban_number").getValueAsString()).isEqualTo("15");
                assertThat(form.getField("vanban_day").getValueAsString()).isEqualTo("09");
                assertThat(form.getField("vanban_month")).isNull();
            }
        }

        @Test
        void refuses_a_date_in_another_month(@TempDir Path dir) {
            Path approved = leaderSigned(dir, TestPdfs.Letter.monthYearPrinted(3, 2026));
            Path out = dir.resolve("numbered.pdf");
            assertThatThrownBy(() -> Issuer.assignNumberAndDate(approved, out,
                    new Issuance(15, LocalDate.of(2026, 4, 9))))
                    .isInstanceOf(IssuanceException.class)
                    .hasMessage("Page 1 of " + approved + " already prints month 3, which "
                            + "contradicts the issuance (number 15, date 2026-04-09)");
            assertThat(out).doesNotExist();
        }
    }

    @Nested
    class refuses {
        @Test
        void a_document_nobody_has_signed(@TempDir Path dir) {
            Path letter = TestPdfs.letter(dir.resolve("letter.pdf"), TestPdfs.Letter.unassigned());
            assertThatThrownBy(() -> Issuer.assignNumberAndDate(letter, dir.resolve("o.pdf"),
                    new Issuance(1, LocalDate.of(2026, 1, 2))))
                    .isInstanceOf(IssuanceException.class)
                    .hasMessage("Cannot issue " + letter + ": it has no signature of the "
                            + "competent person yet (Decree 30 Art. 32(2)(d))");
        }

        @Test
        void a_number_different_from_the_one_already_filled(@TempDir Path dir) {
            Path approved = leaderSigned(dir, TestPdfs.Letter.unassigned());
            Path first = dir.resolve("first.pdf");
            Issuer.assignNumberAndDate(approved, first, new Issuance(7, LocalDate.of(2026, 5, 1)));
            assertThatThrownBy(() -> Issuer.assignNumberAndDate(first, dir.resolve("second.pdf"),
                    new Issuance(8, LocalDate.of(2026, 5, 1))))
                    .isInstanceOf(IssuanceException.class)
                    .hasMessage("Field 'vanban_number' in " + first + " already holds '07', not '08'");
        }

        @Test
        void a_document_with_neither_fields_nor_a_printed_number(@TempDir Path dir) {
            Path appendix = TestPdfs.appendix(dir.resolve("appendix.pdf"));
            Path signed = dir.resolve("signed.pdf");
            FIX.signer(FIX.pki().leader()).sign(appendix, signed, SignRequest.builder().build());
            assertThatThrownBy(() -> Issuer.assignNumberAndDate(signed, dir.resolve("o.pdf"),
                    new Issuance(3, LocalDate.of(2026, 6, 1))))
                    .isInstanceOf(IssuanceException.class)
                    .hasMessage("Cannot assign the number in " + signed
                            + ": there is no field 'vanban_number' and page 1 prints no number");
        }
    }

    @Nested
    class formats_values_per_decree_30 {
        @Test
        void pads_numbers_below_ten_days_always_and_months_only_for_january_and_february() {
            Issuance jan = new Issuance(5, LocalDate.of(2026, 1, 3));
            assertThat(jan.formattedNumber()).isEqualTo("05");
            assertThat(jan.formattedDay()).isEqualTo("03");
            assertThat(jan.formattedMonth()).isEqualTo("01");
            assertThat(jan.formattedYear()).isEqualTo("2026");
            Issuance march = new Issuance(10, LocalDate.of(2026, 3, 21));
            assertThat(march.formattedNumber()).isEqualTo("10");
            assertThat(march.formattedMonth()).isEqualTo("3");
            assertThat(new Issuance(1, LocalDate.of(2026, 12, 1)).formattedMonth()).isEqualTo("12");
        }

        @Test
        void rejects_a_number_below_one() {
            assertThatThrownBy(() -> new Issuance(0, LocalDate.of(2026, 1, 1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("number must be >= 1, was 0");
        }
    }

    static byte[] sha256(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }
}
