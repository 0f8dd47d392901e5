// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a golden file under {@code src/test/resources/golden/<Subject>/}, line
 * ends normalised; {@code -Dgolden.update=true} rewrites the file instead.
 */
final class Golden {
    private Golden() {}

    static void assertMatches(String subject, String file, String actual) throws IOException {
        Path golden = Path.of("src", "test", "resources", "golden", subject, file);
        String normalised = actual.replace("\r\n", "\n");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, normalised, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file (create it with -Dgolden.update=true)").exists();
        assertThat(normalised).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }
}
