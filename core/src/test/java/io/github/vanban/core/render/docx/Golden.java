// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden/<Subject>/}; {@code -Dgolden.update=true}
 * rewrites them for review in the pull request.
 */
final class Golden {
    private static final Path ROOT = Path.of("src", "test", "resources", "golden");

    private Golden() {}

    static void assertMatches(String subject, String name, String actual) throws IOException {
        Path file = ROOT.resolve(subject).resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(file).as("golden file %s (run with -Dgolden.update=true to create it)", file).exists();
        assertThat(actual).as("%s differs from its golden file; review and run with -Dgolden.update=true", name)
                .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
