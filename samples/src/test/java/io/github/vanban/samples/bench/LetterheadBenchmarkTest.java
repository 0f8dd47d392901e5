// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.samples.examples.SampleLetterhead;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import org.docx4j.TextUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What {@link LetterheadBenchmark} measures is a letter with the organisation's footer. */
class LetterheadBenchmarkTest {
    @Nested
    class apply_letterhead {
        final LetterheadBenchmark bench = new LetterheadBenchmark();

        @BeforeEach
        void set_up() {
            bench.setUp();
        }

        @AfterEach
        void tear_down() {
            bench.tearDown();
        }

        @Test
        void gives_the_letter_with_the_sample_footer_and_the_contact_lines() throws Exception {
            WordprocessingMLPackage out = WordprocessingMLPackage.load(new ByteArrayInputStream(bench.applyLetterhead()));

            StringWriter footers = new StringWriter();
            for (var part : out.getParts().getParts().values()) {
                if (part instanceof FooterPart f) {
                    TextUtils.extractText(f.getJaxbElement(), footers);
                }
            }
            assertThat(footers.toString()).isEqualTo(String.join("", BenchInputs.letter().contact())
                    + SampleLetterhead.OPENING_HOURS);
        }
    }
}
