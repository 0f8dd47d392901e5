// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.vanban.core.render.pdf.PdfFields;
import io.github.vanban.core.render.pdf.PdfRenderer;
import io.github.vanban.samples.cli.CliFixtures;
import io.github.vanban.signing.Appearance;
import io.github.vanban.signing.CopyForm;
import io.github.vanban.templates.vn.ElectronicCopyTemplate;
import io.github.vanban.templates.vn.FormJson;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Form 3.2 end to end: the sample electronic copy rendered to PDF, then signed by the copying body
 * in the renderer's {@code vanban_corner} field with the 10 pt text stamp; EU DSS and pdftotext
 * then check the signature and where its line is printed.
 */
class ElectronicCopySigningTest {
    static final CliFixtures FIX = CliFixtures.get();
    static final Path SAMPLE = Path.of("documents", "forms", "3.2-ban-sao-dien-tu.json");

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @Nested
    class the_sample_copy_signed_in_the_corner_field {
        ElectronicCopyTemplate copy;
        Path signed;

        @BeforeAll
        void render_and_sign(@TempDir Path dir) {
            copy = (ElectronicCopyTemplate) FormJson.read(SAMPLE);
            Path pdf = dir.resolve("ban-sao.pdf");
            signed = dir.resolve("ban-sao-signed.pdf");
            PdfRenderer.create().render(copy.document(), pdf);
            CornerStamp.sign(FIX, pdf, signed, Appearance.copyStamp(CopyForm.SAO_Y, copy.copier().name()));
        }

        @Test
        void eu_dss_passes_the_copying_bodys_signature_without_disallowed_changes() {
            CornerStamp.assertOnlySignaturePassesDss(FIX, signed);
        }

        @Test
        void prints_the_copy_line_in_the_top_margin_ending_at_the_right_within_the_reserved_width() throws Exception {
            CornerStamp stamp = CornerStamp.read(signed);

            assertThat(stamp.text()).matches(
                    "SAO Y; Văn phòng Ủy ban nhân dân tỉnh Lai Châu; \\d{2}/\\d{2}/\\d{4}; \\d{2}:\\d{2}:\\d{2} \\+07:00");
            assertThat(stamp.right()).isCloseTo(CornerStamp.A4_WIDTH - PdfFields.CORNER_RIGHT_INSET_MM * CornerStamp.MM,
                    within(4.0));
            assertThat(stamp.right() - stamp.left()).isLessThan(PdfFields.CORNER_WIDTH_MM * CornerStamp.MM);
            assertThat(CornerStamp.belowTopMargin(signed)).doesNotContain("SAO Y").contains("Kính gửi");
        }
    }
}
