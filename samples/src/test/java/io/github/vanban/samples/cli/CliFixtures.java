// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.cli;

import io.github.vanban.core.json.DocumentJson;
import io.github.vanban.core.render.pdf.PdfRenderer;
import io.github.vanban.signing.testing.SigningFixtures;
import io.github.vanban.signing.testing.TestImages;
import io.github.vanban.signing.testing.TestPki;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the signing commands need, made once per JVM on first use: the leader's and the
 * organisation's keys as PKCS#12 files, the signature and seal PNGs, and the seed letter rendered
 * to PDF. The password is the value surefire puts in {@link #PASSWORD_ENV}.
 */
public final class CliFixtures {
    /** The environment variable holding the PKCS#12 password (set by surefire). */
    public static final String PASSWORD_ENV = "VANBAN_TEST_PASSWORD";
    /** The environment variable holding the SoftHSM2 PIN (set by surefire). */
    public static final String PIN_ENV = "VANBAN_TEST_PIN";
    /** The seed letter, JSON format v1, relative to the samples module. */
    public static final Path SEED = Path.of("documents", "cong-van-lai-chau.json");

    private static final class Holder {
        static final CliFixtures INSTANCE = new CliFixtures();
    }

    private final SigningFixtures signing = SigningFixtures.get();
    private final Path directory;
    private final Path leader;
    private final Path organisation;
    private final Path signature;
    private final Path seal;
    private final Path letter;

    private CliFixtures() {
        try {
            directory = Files.createTempDirectory("vanban-cli-fixtures");
            char[] password = System.getenv(PASSWORD_ENV).toCharArray();
            leader = directory.resolve("leader.p12");
            signing.pki().leader().writePkcs12(leader, password);
            organisation = directory.resolve("organisation.p12");
            signing.pki().organisation().writePkcs12(organisation, password);
            signature = Files.write(directory.resolve("signature.png"), TestImages.blueSignature().bytes());
            seal = Files.write(directory.resolve("seal.png"), TestImages.redSeal().bytes());
            letter = directory.resolve("letter.pdf");
            PdfRenderer.create().render(DocumentJson.read(SEED), letter);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the shared fixtures.
     *
     * @return the fixtures
     */
    public static CliFixtures get() {
        return Holder.INSTANCE;
    }

    /** @return the loopback PKI, TSA, OCSP and CRL servers */
    public SigningFixtures signing() {
        return signing;
    }

    /** @return the PKI */
    public TestPki pki() {
        return signing.pki();
    }

    /** @return the TSA's URL */
    public String tsa() {
        return signing.tsa().url().toString();
    }

    /** @return the leader's (Trần Văn Tuấn's) PKCS#12 file */
    public Path leaderKeystore() {
        return leader;
    }

    /** @return the organisation's PKCS#12 file */
    public Path organisationKeystore() {
        return organisation;
    }

    /** @return a blue signature PNG */
    public Path signaturePng() {
        return signature;
    }

    /** @return a red seal PNG */
    public Path sealPng() {
        return seal;
    }

    /** @return the seed letter as rendered by {@link PdfRenderer}: unsigned, number and day blank */
    public Path letterPdf() {
        return letter;
    }
}
