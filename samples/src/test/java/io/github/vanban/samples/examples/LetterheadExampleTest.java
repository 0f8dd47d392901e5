// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.templates.vn.FormJson;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.docx4j.TextUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterheadExampleTest {
    private static final Path FORM = Path.of("documents", "forms", "1.5-cong-van.json");

    @Nested
    class letterhead {
        @Test
        void renders_the_form_with_the_organisation_footer_and_its_contact_lines(@TempDir Path dir)
                throws Exception {
            Path template = SampleLetterhead.write(dir.resolve("letterhead.docx"));
            Path docx = dir.resolve("cong-van.docx");

            List<String> warnings = LetterheadExample.render(FORM, template, docx);

            WordprocessingMLPackage out = WordprocessingMLPackage.load(docx.toFile());
            StringWriter footers = new StringWriter();
            for (var part : out.getParts().getParts().values()) {
                if (part instanceof FooterPart f) {
                    TextUtils.extractText(f.getJaxbElement(), footers);
                }
            }
            List<String> contact = FormJson.read(FORM).document().contact();
            assertThat(warnings).isEmpty();
            assertThat(footers.toString()).isEqualTo(String.join("", contact) + SampleLetterhead.OPENING_HOURS)
                    .doesNotContain(SampleLetterhead.PROMPT);
        }
    }
}
