// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputManifestTest {
    @TempDir
    Path dir;

    private void writeAndRecord(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content);
        OutputManifest manifest = OutputManifest.read(dir);
        manifest.record(name);
        manifest.save();
    }

    @Nested
    class after_a_run_recorded_its_files {
        @Test
        void lets_a_rerun_replace_them() throws IOException {
            writeAndRecord("a.pdf", "demo output");

            assertThat(OutputManifest.read(dir).foreign(List.of("a.pdf", "not-yet.pdf"))).isEmpty();
        }

        @Test
        void treats_a_file_the_user_edited_since_as_foreign() throws IOException {
            writeAndRecord("a.pdf", "demo output");
            Files.writeString(dir.resolve("a.pdf"), "edited by hand");

            assertThat(OutputManifest.read(dir).foreign(List.of("a.pdf"))).containsExactly("a.pdf");
        }
    }

    @Nested
    class without_a_manifest {
        @Test
        void treats_every_existing_target_as_foreign_in_the_order_given() throws IOException {
            Files.writeString(dir.resolve("b.pdf"), "x");
            Files.writeString(dir.resolve("a.pdf"), "y");

            assertThat(OutputManifest.read(dir).foreign(List.of("b.pdf", "missing.pdf", "a.pdf")))
                    .containsExactly("b.pdf", "a.pdf");
        }
    }
}
