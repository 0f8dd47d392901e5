// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.bench;

import io.github.vanban.signing.PadesLevel;
import io.github.vanban.signing.PadesSigner;
import io.github.vanban.signing.testing.DssOracle;
import io.github.vanban.signing.testing.SigningFixtures;
import io.github.vanban.signing.verify.VerificationReport;
import io.github.vanban.signing.verify.Verifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * Verifying the B-LT signed seed letter offline (only what the PDF embeds, the test root as the
 * only trust anchor): vanban's {@link Verifier} beside EU DSS 6.4's
 * {@code SignedDocumentValidator} (default policy, all reports built) in the same run.
 */
public class VerifyBenchmark extends BenchSettings {
    Path signed;
    private Verifier verifier;

    /** Creates the state; JMH calls {@link #setUp}. */
    public VerifyBenchmark() {}

    /**
     * Signs the letter at B-LT once per fork.
     *
     * @throws IOException if the temporary files cannot be written
     */
    @Setup
    public void setUp() throws IOException {
        Path directory = Files.createTempDirectory("vanban-bench-verify");
        Path input = Files.write(directory.resolve("letter.pdf"), BenchInputs.letterPdf());
        Path p12 = BenchInputs.signerPkcs12(directory.resolve("signer.p12"));
        PadesSigner signer = SigningFixtures.get().signerBuilder().key(BenchInputs.key(p12)).build();
        signed = directory.resolve("letter-b-lt.pdf");
        signer.sign(input, signed, BenchInputs.request(PadesLevel.B_LT));
        verifier = Verifier.builder().trustAnchor(SigningFixtures.get().pki().root().certificate())
                .build();
    }

    /**
     * vanban's verification of the B-LT file, offline.
     *
     * @return the report, consumed by JMH
     */
    @Benchmark
    public VerificationReport vanbanVerify() {
        return verifier.verify(signed);
    }

    /**
     * EU DSS validation of the B-LT file, offline.
     *
     * @return the DSS reports, consumed by JMH
     */
    @Benchmark
    public DssOracle.Result dssValidate() {
        return DssOracle.validate(signed, SigningFixtures.get().pki(), DssOracle.Revocation.OFFLINE);
    }
}
