// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Verifies a PDF both from memory ({@link Verifier#verify(byte[])}) and from a file
 * ({@link Verifier#verify(Path)}, which streams it) and asserts the two give the same report, or
 * fail with the same message: the attack and fuzz suites thereby check both paths.
 */
final class BothWays {
    private BothWays() {}

    /**
     * Verifies {@code pdf} both ways.
     *
     * @return the report, equal for both
     * @throws VerificationException the in-memory failure, after checking the file fails alike
     */
    static VerificationReport verify(Verifier verifier, byte[] pdf) {
        Path file;
        try {
            file = Files.createTempFile("vanban-both-ways", ".pdf");
            Files.write(file, pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            VerificationReport fromMemory;
            try {
                fromMemory = verifier.verify(pdf);
            } catch (VerificationException e) {
                assertThatThrownBy(() -> verifier.verify(file))
                        .isInstanceOf(VerificationException.class)
                        .hasMessage(e.getMessage().replace("Cannot verify the input:",
                                "Cannot verify " + file + ":"));
                throw e;
            }
            assertThat(verifier.verify(file)).as("verified from the file").isEqualTo(fromMemory);
            return fromMemory;
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A leftover temporary file does not change the outcome.
            }
        }
    }
}
