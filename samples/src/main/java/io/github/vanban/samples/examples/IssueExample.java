// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.examples;

import io.github.vanban.signing.Appearance;
import io.github.vanban.signing.Issuance;
import io.github.vanban.signing.Issuer;
import io.github.vanban.signing.KeyStoreSigningKey;
import io.github.vanban.signing.PadesLevel;
import io.github.vanban.signing.PadesSigner;
import io.github.vanban.signing.PngImage;
import io.github.vanban.signing.SignRequest;
import io.github.vanban.signing.SignResult;
import io.github.vanban.signing.TsaClient;
import io.github.vanban.signing.ValidationDataSource;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The records office's part (văn thư): after the leader signed, assign the number and date and
 * sign with the organisation's seal (Decree 30/2020/NĐ-CP, Art. 15 and Appendix I II.8).
 */
public final class IssueExample {
    private IssueExample() {}

    /**
     * Issues {@code leaderSigned} into {@code issued} with the seal at B-LT in {@code vanban_seal}.
     *
     * @param leaderSigned the letter signed by the competent person (not modified)
     * @param issued where the issued letter goes
     * @param organisationP12 the organisation's PKCS#12 file
     * @param password its password
     * @param seal the seal image (red, round, transparent PNG)
     * @param tsa the time-stamp authority
     * @param number the number in the yearly series
     * @param date the date of issue
     * @return the seal signature's field, time and level
     */
    public static SignResult issue(Path leaderSigned, Path issued, Path organisationP12, char[] password, Path seal,
            URI tsa, int number, LocalDate date) {
        // tag::issue[]
        PadesSigner sealSigner = PadesSigner.builder()
                .key(KeyStoreSigningKey.pkcs12(organisationP12, password, Optional.empty()))
                .timestampSource(TsaClient.of(tsa))
                .validationDataSource(ValidationDataSource.online(Duration.ofSeconds(10)))
                .build();
        SignResult result = Issuer.of(sealSigner).issue(leaderSigned, issued,
                new Issuance(number, date), // fills vanban_number and vanban_day/month/year
                SignRequest.builder()
                        .level(PadesLevel.B_LT)
                        .fieldName("vanban_seal")
                        .appearance(Appearance.seal(PngImage.read(seal), 36)) // real size, 36 mm
                        .build());
        // end::issue[]
        return result;
    }
}
