// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    @Nested
    class when_the_target_exists {
        @Test
        void replaces_it_whole_and_leaves_no_temporary_file() throws IOException {
            Path target = Files.writeString(dir.resolve("a.docx"), "old");

            AtomicFile.write(target, "new".getBytes());

            assertThat(target).hasContent("new");
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files).containsExactly(target);
            }
        }
    }

    @Nested
    class when_the_target_is_new {
        @Test
        void gets_the_permissions_of_a_plainly_created_file_not_owner_only() throws IOException {
            Path plain = Files.write(dir.resolve("plain.txt"), new byte[1]);
            Path target = dir.resolve("a.pdf");

            AtomicFile.write(target, new byte[1]);

            assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(plain));
        }
    }

    @Nested
    class when_the_directory_is_missing {
        @Test
        void throws_naming_the_target() {
            Path target = dir.resolve("missing").resolve("a.docx");

            assertThatThrownBy(() -> AtomicFile.write(target, new byte[1]))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessage("Cannot write " + target);
        }
    }
}
