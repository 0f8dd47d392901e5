// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.vanban.core.render.pdf.PdfFields;
import io.github.vanban.core.render.pdf.PdfRenderer;
import io.github.vanban.samples.cli.CliFixtures;
import io.github.vanban.signing.Appearance;
import io.github.vanban.templates.vn.FormJson;
import io.github.vanban.templates.vn.SeparateAppendixTemplate;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Form 2.2 end to end: the sample appendices, issued as a separate electronic file, rendered to
 * PDF and signed by the issuing body in the renderer's {@code vanban_corner} field with the 10 pt
 * line "Số: &lt;number/symbol of the main document&gt;; dd/MM/yyyy; HH:mm:ss +07:00"; EU DSS and
 * pdftotext then check the signature and where its line is printed.
 */
class SeparateAppendixSigningTest {
    static final CliFixtures FIX = CliFixtures.get();
    static final Path SAMPLE = Path.of("documents", "forms", "2.2-phu-luc-tep-rieng.json");

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @Nested
    class the_sample_appendix_file_signed_in_the_corner_field {
        Path signed;

        @BeforeAll
        void render_and_sign(@TempDir Path dir) {
            SeparateAppendixTemplate file = (SeparateAppendixTemplate) FormJson.read(SAMPLE);
            Path pdf = dir.resolve("phu-luc.pdf");
            signed = dir.resolve("phu-luc-signed.pdf");
            PdfRenderer.create().render(file.document(), pdf);
            CornerStamp.sign(FIX, pdf, signed, Appearance.attachmentStamp(file.numberAndSymbol().orElseThrow()));
        }

        @Test
        void eu_dss_passes_the_issuing_bodys_signature_without_disallowed_changes() {
            CornerStamp.assertOnlySignaturePassesDss(FIX, signed);
        }

        @Test
        void prints_the_number_line_alone_in_the_top_margin_ending_at_the_right() throws Exception {
            CornerStamp stamp = CornerStamp.read(signed);

            assertThat(stamp.text())
                    .matches("Số: 12/KH-SKHCN; \\d{2}/\\d{2}/\\d{4}; \\d{2}:\\d{2}:\\d{2} \\+07:00");
            assertThat(stamp.right()).isCloseTo(CornerStamp.A4_WIDTH - PdfFields.CORNER_RIGHT_INSET_MM * CornerStamp.MM,
                    within(4.0));
            assertThat(stamp.right() - stamp.left()).isLessThan(PdfFields.CORNER_WIDTH_MM * CornerStamp.MM);
            // above the text area's centre line: right of the middle of the page
            assertThat(stamp.left()).isGreaterThan(CornerStamp.A4_WIDTH / 2);
            assertThat(CornerStamp.belowTopMargin(signed)).startsWith("Phụ lục I").doesNotContain("Số:");
        }
    }
}
