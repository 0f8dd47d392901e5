// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanban.core.json.DocumentJson;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderOperationTest {
    private static final Path SEED = Path.of("documents", "cong-van-lai-chau.json");

    @Nested
    class with_a_reader_that_fails {
        @Test
        void fails_the_item_with_one_problem_per_line_of_the_message_and_writes_nothing(@TempDir Path out) {
            RenderOperation operation = RenderOperation.builder().outputDirectory(out)
                    .format(RenderOperation.Format.BOTH)
                    .reader(file -> {
                        throw new IllegalStateException(file + ": 2 problems:\n/agency: missing\n/form: unknown");
                    })
                    .build();

            ItemResult result = operation.apply(SEED);

            assertThat(result.isFailed()).isTrue();
            assertThat(result.problems()).containsExactly(SEED + ": 2 problems:", "/agency: missing", "/form: unknown");
            assertThat(out).isEmptyDirectory();
        }
    }

    @Nested
    class with_the_reader_it_is_given {
        @Test
        void renders_what_the_reader_returns_under_the_inputs_name(@TempDir Path out) {
            Path input = Path.of("elsewhere", "letter.json");
            RenderOperation operation = RenderOperation.builder().outputDirectory(out)
                    .format(RenderOperation.Format.BOTH)
                    .reader(file -> DocumentJson.read(SEED))
                    .build();

            ItemResult result = operation.apply(input);

            assertThat(result.problems()).isEmpty();
            assertThat(result.outputs()).containsExactly(out.resolve("letter.pdf"), out.resolve("letter.docx"));
            assertThat(out.resolve("letter.pdf")).isNotEmptyFile();
            assertThat(out.resolve("letter.docx")).isNotEmptyFile();
        }

        @Test
        void reads_json_format_v1_unless_told_otherwise(@TempDir Path out) {
            ItemResult result = RenderOperation.builder().outputDirectory(out).build().apply(SEED);

            assertThat(result.outputs()).containsExactly(out.resolve("cong-van-lai-chau.pdf"));
        }
    }

    @Nested
    class when_built_without_an_output_directory {
        @Test
        void refuses_and_names_the_field() {
            assertThatThrownBy(() -> RenderOperation.builder().format(RenderOperation.Format.PDF).build())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("outputDirectory is required");
        }
    }
}
