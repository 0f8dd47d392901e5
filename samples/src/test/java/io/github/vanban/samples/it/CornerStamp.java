// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.it;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.enumerations.Indication;
import io.github.vanban.core.render.pdf.PdfFields;
import io.github.vanban.samples.cli.CliFixtures;
import io.github.vanban.samples.cli.PdfText;
import io.github.vanban.signing.Appearance;
import io.github.vanban.signing.KeyStoreSigningKey;
import io.github.vanban.signing.PadesLevel;
import io.github.vanban.signing.PadesSigner;
import io.github.vanban.signing.SignRequest;
import io.github.vanban.signing.TsaClient;
import io.github.vanban.signing.ValidationDataSource;
import io.github.vanban.signing.testing.DssOracle;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signing the ô 14 corner field as the organisation, and what poppler's {@code pdftotext -bbox}
 * finds on page 1 of a signed PDF above the 20 mm top margin, where the organisation's ô 14 stamp (forms 2.2 and 3.2) is drawn: its words in reading
 * order and the horizontal extent they cover, in points from the page's left edge.
 *
 * @param text the words joined by single spaces
 * @param left the left edge of the leftmost word
 * @param right the right edge of the rightmost word
 */
record CornerStamp(String text, double left, double right) {
    static final double MM = 72 / 25.4;
    static final double A4_WIDTH = 210 * MM;
    private static final Pattern WORD = Pattern.compile(
            "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>");

    /**
     * Signs {@code vanban_corner} of {@code pdf} into {@code signed} with the test organisation's
     * PKCS#12 key, at PAdES B-LT with the loopback TSA and revocation data.
     */
    static void sign(CliFixtures fix, Path pdf, Path signed, Appearance appearance) {
        PadesSigner signer = PadesSigner.builder()
                .key(KeyStoreSigningKey.pkcs12(fix.organisationKeystore(),
                        System.getenv(CliFixtures.PASSWORD_ENV).toCharArray(), Optional.empty()))
                .timestampSource(TsaClient.of(URI.create(fix.tsa())))
                .validationDataSource(ValidationDataSource.online(Duration.ofSeconds(10)))
                .build();
        signer.sign(pdf, signed, SignRequest.builder()
                .level(PadesLevel.B_LT)
                .fieldName(PdfFields.CORNER)
                .appearance(appearance)
                .build());
    }

    /**
     * Asserts that EU DSS, trusting only the test root and offline, finds exactly one signature,
     * TOTAL_PASSED, with no disallowed modification.
     */
    static void assertOnlySignaturePassesDss(CliFixtures fix, Path signed) {
        DssOracle.Result dss = DssOracle.validate(signed, fix.pki(), DssOracle.Revocation.OFFLINE);

        assertThat(dss.signatureIds()).hasSize(1);
        String id = dss.signatureIds().get(0);
        assertThat(dss.indication(id)).as(dss.summary()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(dss.disallowedModifications()).as(dss.summary()).isEmpty();
    }

    /** Reads the words of page 1 whose boxes end above the 20 mm top margin. */
    static CornerStamp read(Path pdf) {
        Matcher m = WORD.matcher(PdfText.of(pdf, "-bbox", "-f", "1", "-l", "1"));
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
        return new CornerStamp(String.join(" ", words), left, right);
    }

    /** The text of page 1 inside the text area, below the 20 mm (57 pt) top margin. */
    static String belowTopMargin(Path pdf) {
        return PdfText.of(pdf, "-f", "1", "-l", "1", "-y", "57", "-H", "785", "-W", "596");
    }
}
