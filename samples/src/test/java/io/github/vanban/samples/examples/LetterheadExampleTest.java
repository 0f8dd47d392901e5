// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.templates.vn.FormJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterheadExampleTest {
    private static final Path FORM = Path.of("documents", "forms", "1.5-cong-van.json");

    @Nested
    class letterhead {
        @Test
        void renders_the_form_with_the_organisation_footer_and_its_contact_lines(@TempDir Path dir)
                throws IOException {
            Path template = SampleLetterhead.write(dir.resolve("letterhead.docx"));
            Path docx = dir.resolve("cong-van.docx");

            List<String> warnings = LetterheadExample.render(FORM, template, docx);

            List<String> contact = FormJson.read(FORM).document().contact();
            assertThat(warnings).isEmpty();
            assertThat(SampleLetterhead.footerText(Files.readAllBytes(docx)))
                    .isEqualTo(String.join("", contact) + SampleLetterhead.OPENING_HOURS)
                    .doesNotContain(SampleLetterhead.PROMPT);
        }
    }
}
