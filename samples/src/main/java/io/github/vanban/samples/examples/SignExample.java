// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.examples;

import io.github.vanban.signing.Appearance;
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
import java.util.Optional;

/** Signs a rendered letter as the competent person, with a key in a PKCS#12 file. */
public final class SignExample {
    private SignExample() {}

    /**
     * Signs {@code pdf} into {@code signed} at PAdES B-LT in the field {@code vanban_signer}.
     *
     * @param pdf the rendered letter (not modified)
     * @param signed where the signed letter goes
     * @param p12 the PKCS#12 file
     * @param password its password (cleared by the key after use)
     * @param signature the handwritten signature image (blue, transparent PNG)
     * @param tsa the time-stamp authority
     * @return the field signed, the signing time and level
     */
    public static SignResult sign(Path pdf, Path signed, Path p12, char[] password, Path signature, URI tsa) {
        // tag::sign-pkcs12[]
        PadesSigner signer = PadesSigner.builder()
                .key(KeyStoreSigningKey.pkcs12(p12, password, Optional.empty()))
                .timestampSource(TsaClient.of(tsa))
                .validationDataSource(ValidationDataSource.online(Duration.ofSeconds(10)))
                .build();
        SignResult result = signer.sign(pdf, signed, SignRequest.builder()
                .level(PadesLevel.B_LT)
                .fieldName("vanban_signer")
                .appearance(Appearance.signature(PngImage.read(signature)))
                .build());
        // end::sign-pkcs12[]
        return result;
    }
}
