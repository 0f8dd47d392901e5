// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import io.github.vanban.signing.testing.DssOracle;
import io.github.vanban.signing.testing.Pdfsig;
import io.github.vanban.signing.testing.SigningFixtures;
import io.github.vanban.signing.testing.TestImages;
import io.github.vanban.signing.testing.TestPdfs;
import io.github.vanban.signing.testing.VeraPdf;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PadesSignerTest {
    static final SigningFixtures FIX = SigningFixtures.get();
    static String nss;
    @TempDir static Path shared;

    @BeforeAll
    static void nssDatabase() {
        nss = Pdfsig.nssDatabase(shared.resolve("nss"), FIX.pki());
    }

    @Nested
    class at_every_level {
        @ParameterizedTest
        @EnumSource(PadesLevel.class)
        void the_leader_signature_passes_dss_pdfsig_and_verapdf(PadesLevel level, @TempDir Path dir) {
            Path input = TestPdfs.letter(dir.resolve("letter.pdf"), TestPdfs.Letter.unassigned());
            Path output = dir.resolve("signed.pdf");
            SignResult result = FIX.signer(FIX.pki().leader()).sign(input, output,
                    SignRequest.builder().level(level).fieldName("vanban_signer")
                            .appearance(Appearance.signature(TestImages.blueSignature())).build());

            assertThat(result.fieldName()).isEqualTo("vanban_signer");
            DssOracle.Result dss = DssOracle.validate(output, FIX.pki(),
                    level.includes(PadesLevel.B_LT) ? DssOracle.Revocation.OFFLINE
                            : DssOracle.Revocation.LOOPBACK);
            String id = dss.signatureIds().get(0);
            assertThat(dss.indication(id)).as(dss.summary()).isEqualTo(Indication.TOTAL_PASSED);
            assertThat(dss.format(id)).as(dss.summary())
                    .isEqualTo(SignatureLevel.valueOf("PAdES_BASELINE_" + level.name().substring(2)));
            List<Pdfsig.Signature> sigs = Pdfsig.check(output, nss);
            assertThat(sigs).isNotEmpty();
            assertThat(sigs.get(0).isValid()).as(sigs.get(0).text()).isTrue();
            // B-LT appends the DSS after the signature, so only B-B, B-T and the B-LTA document
            // time-stamp reach the end of the file.
            assertThat(sigs.get(sigs.size() - 1).coversWholeDocument()).as(sigs.toString())
                    .isEqualTo(level != PadesLevel.B_LT);
            assertThat(VeraPdf.pdfA2bFailures(output)).isEmpty();
        }
    }
}
