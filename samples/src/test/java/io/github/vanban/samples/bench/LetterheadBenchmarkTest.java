// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.samples.examples.SampleLetterhead;
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
        void gives_the_letter_with_the_sample_footer_and_the_contact_lines() {
            assertThat(SampleLetterhead.footerText(bench.applyLetterhead()))
                    .isEqualTo(String.join("", BenchInputs.letter().contact()) + SampleLetterhead.OPENING_HOURS);
        }
    }
}
