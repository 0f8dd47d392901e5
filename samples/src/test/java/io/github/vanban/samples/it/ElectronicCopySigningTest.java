// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.europa.esig.dss.enumerations.Indication;
import io.github.vanban.core.render.pdf.PdfFields;
import io.github.vanban.core.render.pdf.PdfRenderer;
import io.github.vanban.samples.cli.CliFixtures;
import io.github.vanban.samples.cli.PdfText;
import io.github.vanban.signing.Appearance;
import io.github.vanban.signing.CopyForm;
import io.github.vanban.signing.KeyStoreSigningKey;
import io.github.vanban.signing.PadesLevel;
import io.github.vanban.signing.PadesSigner;
import io.github.vanban.signing.SignRequest;
import io.github.vanban.signing.TsaClient;
import io.github.vanban.signing.ValidationDataSource;
import io.github.vanban.signing.testing.DssOracle;
import io.github.vanban.templates.vn.ElectronicCopyTemplate;
import io.github.vanban.templates.vn.FormJson;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    static final double MM = 72 / 25.4;
    static final double A4_WIDTH = 210 * MM;
    static final Pattern WORD = Pattern.compile(
            "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>");

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
            PadesSigner signer = PadesSigner.builder()
                    .key(KeyStoreSigningKey.pkcs12(FIX.organisationKeystore(),
                            System.getenv(CliFixtures.PASSWORD_ENV).toCharArray(), Optional.empty()))
                    .timestampSource(TsaClient.of(URI.create(FIX.tsa())))
                    .validationDataSource(ValidationDataSource.online(Duration.ofSeconds(10)))
                    .build();
            signer.sign(pdf, signed, SignRequest.builder()
                    .level(PadesLevel.B_LT)
                    .fieldName(PdfFields.CORNER)
                    .appearance(Appearance.copyStamp(CopyForm.SAO_Y, copy.copier().name()))
                    .build());
        }

        @Test
        void eu_dss_passes_the_copying_bodys_signature_without_disallowed_changes() {
            DssOracle.Result dss = DssOracle.validate(signed, FIX.pki(), DssOracle.Revocation.OFFLINE);

            assertThat(dss.signatureIds()).hasSize(1);
            String id = dss.signatureIds().get(0);
            assertThat(dss.indication(id)).as(dss.summary()).isEqualTo(Indication.TOTAL_PASSED);
            assertThat(dss.disallowedModifications()).as(dss.summary()).isEmpty();
        }

        @Test
        void prints_the_copy_line_in_the_top_margin_ending_at_the_right_within_the_reserved_width() throws Exception {
            // Every word pdftotext finds on page 1 above the 20 mm top margin (57 pt), with its box.
            String xhtml = PdfText.of(signed, "-bbox", "-f", "1", "-l", "1");
            Matcher m = WORD.matcher(xhtml);
            List<String> words = new ArrayList<>();
            double left = Double.MAX_VALUE;
            double right = 0;
            while (m.find()) {
                if (Double.parseDouble(m.group(4)) < 20 * MM) {
                    words.add(m.group(5));
                    left = Math.min(left, Double.parseDouble(m.group(1)));
                    right = Math.max(right, Double.parseDouble(m.group(3)));
                }
            }

            assertThat(String.join(" ", words)).matches(
                    "SAO Y; Văn phòng Ủy ban nhân dân tỉnh Lai Châu; \\d{2}/\\d{2}/\\d{4}; \\d{2}:\\d{2}:\\d{2} \\+07:00");
            assertThat(right).isCloseTo(A4_WIDTH - PdfFields.CORNER_RIGHT_INSET_MM * MM, within(4.0));
            assertThat(right - left).isLessThan(PdfFields.CORNER_WIDTH_MM * MM);
            assertThat(PdfText.of(signed, "-f", "1", "-l", "1", "-y", "57", "-H", "785", "-W", "596"))
                    .doesNotContain("SAO Y").contains("Kính gửi");
        }
    }
}
