// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.vanban.signing.testing.AppearanceText;
import io.github.vanban.signing.testing.SigningFixtures;
import io.github.vanban.signing.testing.TestImages;
import io.github.vanban.signing.testing.TestPdfs;
import io.github.vanban.signing.testing.VeraPdf;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where signatures go and what they show (Decree 30 Appendix I; §10.2–10.6 of the spec). */
class FieldPlacementTest {
    static final SigningFixtures FIX = SigningFixtures.get();
    static final float MM = 72f / 25.4f;
    static final Instant TIME = Instant.parse("2026-03-15T02:41:07Z");

    static PadesSigner signer() {
        return PadesSigner.builder().key(FIX.key(FIX.pki().organisation()))
                .clock(Clock.fixed(TIME, ZoneOffset.UTC)).build();
    }

    static PDRectangle rect(Path pdf, String field) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getDocumentCatalog().getAcroForm(null).getField(field).getWidgets().get(0)
                    .getRectangle();
        }
    }

    @Nested
    class without_a_field_name {
        @Test
        void signs_the_empty_signature_fields_in_document_order(@TempDir Path dir) {
            Path letter = TestPdfs.letter(dir.resolve("letter.pdf"), TestPdfs.Letter.unassigned());
            Path first = dir.resolve("first.pdf");
            Path second = dir.resolve("second.pdf");
            assertThat(signer().sign(letter, first, SignRequest.builder().build()).fieldName())
                    .isEqualTo("vanban_signer");
            assertThat(signer().sign(first, second, SignRequest.builder().build()).fieldName())
                    .isEqualTo("vanban_seal");
        }

        @Test
        void adds_an_invisible_field_when_none_is_empty(@TempDir Path dir) throws IOException {
            Path appendix = TestPdfs.appendix(dir.resolve("appendix.pdf"));
            Path out = dir.resolve("signed.pdf");
            assertThat(signer().sign(appendix, out, SignRequest.builder().build()).fieldName())
                    .isEqualTo("Signature1");
            PDRectangle r = rect(out, "Signature1");
            assertThat(r.getWidth()).isZero();
            assertThat(r.getHeight()).isZero();
            assertThat(VeraPdf.pdfA2bFailures(out)).isEmpty();
        }

        @Test
        void refuses_an_image_with_nowhere_to_go(@TempDir Path dir) {
            Path appendix = TestPdfs.appendix(dir.resolve("appendix.pdf"));
            assertThatThrownBy(() -> signer().sign(appendix, dir.resolve("o.pdf"), SignRequest.builder()
                    .appearance(Appearance.signature(TestImages.blueSignature())).build()))
                    .isInstanceOf(SigningException.class)
                    .hasMessage("Cannot place the signature image in " + appendix + ": it has no "
                            + "empty signature field; name a field or give a page rectangle");
        }
    }

    @Nested
    class by_name {
        @Test
        void names_the_signature_fields_present_when_the_name_is_unknown(@TempDir Path dir) {
            Path letter = TestPdfs.letter(dir.resolve("letter.pdf"), TestPdfs.Letter.unassigned());
            assertThatThrownBy(() -> signer().sign(letter, dir.resolve("o.pdf"), SignRequest.builder()
                    .fieldName("chu_ky").appearance(Appearance.signature(TestImages.blueSignature()))
                    .build()))
                    .isInstanceOf(SigningException.class)
                    .hasMessage("No signature field named 'chu_ky' in " + letter
                            + "; signature fields present: [vanban_signer, vanban_seal]");
        }

        @Test
        void refuses_a_field_already_signed_and_a_text_field(@TempDir Path dir) {
            Path letter = TestPdfs.letter(dir.resolve("letter.pdf"), TestPdfs.Letter.unassigned());
            Path signed = dir.resolve("signed.pdf");
            signer().sign(letter, signed, SignRequest.builder().fieldName("vanban_signer").build());
            assertThatThrownBy(() -> signer().sign(signed, dir.resolve("o.pdf"),
                    SignRequest.builder().fieldName("vanban_signer").build()))
                    .isInstanceOf(SigningException.class)
                    .hasMessage("Signature field 'vanban_signer' in " + signed + " is already signed");
            assertThatThrownBy(() -> signer().sign(letter, dir.resolve("o.pdf"),
                    SignRequest.builder().fieldName("vanban_day").build()))
                    .isInstanceOf(SigningException.class)
                    .hasMessage("Field 'vanban_day' in " + letter + " is a Tx field, not a signature field");
        }

        @Test
        void centres_the_signature_image_in_the_field_and_keeps_pdfa(@TempDir Path dir)
                throws IOException {
            Path letter = TestPdfs.letter(dir.resolve("letter.pdf"), TestPdfs.Letter.unassigned());
            Path out = dir.resolve("signed.pdf");
            signer().sign(letter, out, SignRequest.builder().fieldName("vanban_signer")
                    .appearance(Appearance.signature(TestImages.blueSignature())).build());
            assertThat(rect(out, "vanban_signer").getWidth()).isCloseTo(170, within(0.01f));
            assertThat(AppearanceText.of(out, "vanban_signer")).as("no text by default").isEmpty();
            assertThat(VeraPdf.pdfA2bFailures(out)).isEmpty();
        }
    }

    @Nested
    class by_page_rectangle_or_anchor_text {
        @Test
        void places_a_new_field_in_millimetres_from_the_top_left(@TempDir Path dir) throws IOException {
            Path appendix = TestPdfs.appendix(dir.resolve("appendix.pdf"));
            Path out = dir.resolve("signed.pdf");
            signer().sign(appendix, out, SignRequest.builder()
                    .field(FieldLocator.onPage(1, 120, 200, 60, 25))
                    .appearance(Appearance.signature(TestImages.blueSignature())).build());
            PDRectangle r = rect(out, "Signature1");
            assertThat(r.getLowerLeftX()).isCloseTo(120 * MM, within(0.01f));
            assertThat(r.getUpperRightY()).isCloseTo(PDRectangle.A4.getHeight() - 200 * MM, within(0.01f));
            assertThat(r.getWidth()).isCloseTo(60 * MM, within(0.01f));
            assertThat(VeraPdf.pdfA2bFailures(out)).isEmpty();
        }

        @Test
        void puts_the_field_just_above_the_signers_printed_name(@TempDir Path dir) throws IOException {
            Path letter = TestPdfs.letter(dir.resolve("letter.pdf"), TestPdfs.Letter.unassigned());
            Path out = dir.resolve("signed.pdf");
            signer().sign(letter, out, SignRequest.builder()
                    .field(FieldLocator.anchoredTo(TestPdfs.SIGNER_NAME, 50, 25))
                    .appearance(Appearance.signature(TestImages.blueSignature())).build());
            PDRectangle r = rect(out, "Signature1");
            // The name is drawn at baseline y=200 from x=395 in 13 pt Liberation Serif.
            assertThat(r.getLowerLeftY()).isBetween(200f + 2 * MM, 200f + 13 + 2 * MM);
            assertThat(r.getLowerLeftX() + r.getWidth() / 2).isBetween(395f + 20, 395f + 60);
            assertThat(r.getWidth()).isCloseTo(50 * MM, within(0.01f));
        }

        @Test
        void names_the_anchor_it_could_not_find(@TempDir Path dir) {
            Path appendix = TestPdfs.appendix(dir.resolve("appendix.pdf"));
            assertThatThrownBy(() -> signer().sign(appendix, dir.resolve("o.pdf"), SignRequest.builder()
                    .field(FieldLocator.anchoredTo("Nguyễn Văn Không Có", 50, 25)).build()))
                    .isInstanceOf(SigningException.class)
                    .hasMessage("Anchor text 'Nguyễn Văn Không Có' was not found in " + appendix);
        }
    }

    @Nested
    class text_stamps_at_the_top_right_of_page_one {
        @Test
        void print_number_date_and_time_for_a_separate_appendix(@TempDir Path dir) throws IOException {
            Path appendix = TestPdfs.appendix(dir.resolve("appendix.pdf"));
            Path out = dir.resolve("signed.pdf");
            signer().sign(appendix, out, SignRequest.builder()
                    .appearance(Appearance.attachmentStamp("12/QĐ-UBND")).build());
            assertThat(AppearanceText.of(out, "Signature1"))
                    .containsExactly("Số: 12/QĐ-UBND; 15/03/2026; 09:41:07 +07:00");
            PDRectangle r = rect(out, "Signature1");
            assertThat(r.getUpperRightX()).isCloseTo(PDRectangle.A4.getWidth() - 15 * MM, within(0.01f));
            assertThat(r.getUpperRightY()).isGreaterThan(PDRectangle.A4.getHeight() - 15 * MM);
            assertThat(VeraPdf.pdfA2bFailures(out)).isEmpty();
        }

        @Test
        void print_the_copy_form_and_body_for_an_electronic_copy(@TempDir Path dir) {
            Path appendix = TestPdfs.appendix(dir.resolve("appendix.pdf"));
            Path out = dir.resolve("copy.pdf");
            signer().sign(appendix, out, SignRequest.builder().appearance(
                    Appearance.copyStamp(CopyForm.SAO_Y, "Văn phòng UBND tỉnh Lai Châu")).build());
            assertThat(AppearanceText.of(out, "Signature1")).containsExactly(
                    "SAO Y; Văn phòng UBND tỉnh Lai Châu; 15/03/2026; 09:41:07 +07:00");
        }

        @Test
        void draw_the_body_name_in_nfc_whichever_form_was_typed(@TempDir Path dir) {
            Path appendix = TestPdfs.appendix(dir.resolve("appendix.pdf"));
            Path out = dir.resolve("copy.pdf");
            String decomposed = Normalizer.normalize("Văn phòng UBND tỉnh Lai Châu", Normalizer.Form.NFD);
            signer().sign(appendix, out, SignRequest.builder()
                    .appearance(Appearance.copyStamp(CopyForm.SAO_Y, decomposed)).build());
            assertThat(AppearanceText.of(out, "Signature1")).containsExactly(
                    "SAO Y; Văn phòng UBND tỉnh Lai Châu; 15/03/2026; 09:41:07 +07:00");
        }

        @Test
        void refuse_a_line_break_in_the_text() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> Appearance.copyStamp(CopyForm.SAO_Y, "Văn phòng\nUBND tỉnh"))
                    .withMessage("prefix must be one line, was 'SAO Y; Văn phòng\nUBND tỉnh'");
        }

        @Test
        void refuse_a_line_wider_than_the_page_and_write_nothing(@TempDir Path dir) {
            Path appendix = TestPdfs.appendix(dir.resolve("appendix.pdf"));
            Path out = dir.resolve("copy.pdf");
            String body = "Văn phòng Ủy ban nhân dân tỉnh Lai Châu, ".repeat(4).strip();
            assertThatThrownBy(() -> signer().sign(appendix, out, SignRequest.builder()
                    .appearance(Appearance.copyStamp(CopyForm.SAO_Y, body)).build()))
                    .isInstanceOf(SigningException.class)
                    .hasMessageMatching("The stamp line 'SAO Y; " + Pattern.quote(body) + "; <date>; <time>' is "
                            + "\\d+\\.\\d mm wide at 10 pt; the page leaves 180\\.0 mm: shorten it "
                            + "\\(Decree 30 prints it on one line\\)");
            assertThat(out).doesNotExist();
        }
    }

    @Nested
    class the_input {
        @Test
        void is_never_the_output() {
            Path same = Path.of("same.pdf");
            assertThatThrownBy(() -> signer().sign(same, same, SignRequest.builder().build()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("output must differ from the input, both are 'same.pdf'");
        }

        @Test
        void is_untouched_and_the_output_gets_ordinary_permissions(@TempDir Path dir) throws Exception {
            Path appendix = TestPdfs.appendix(dir.resolve("appendix.pdf"));
            byte[] before = java.nio.file.Files.readAllBytes(appendix);
            Path out = dir.resolve("signed.pdf");
            signer().sign(appendix, out, SignRequest.builder().build());
            assertThat(java.nio.file.Files.readAllBytes(appendix)).isEqualTo(before);
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                    java.nio.file.Files.getPosixFilePermissions(out))).isEqualTo("rw-r--r--");
        }

        @Test
        void must_be_a_pdf_with_pages(@TempDir Path dir) throws IOException {
            Path junk = java.nio.file.Files.writeString(dir.resolve("junk.pdf"), "not a pdf");
            assertThatThrownBy(() -> signer().sign(junk, dir.resolve("o.pdf"), SignRequest.builder().build()))
                    .isInstanceOf(SigningException.class)
                    .hasMessageStartingWith("Cannot prepare " + junk + " for signing:");
            try (var files = java.nio.file.Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString()).toList()).isEqualTo(List.of("junk.pdf"));
            }
        }
    }
}
