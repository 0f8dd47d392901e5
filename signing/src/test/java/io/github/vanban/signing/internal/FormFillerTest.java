// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FormFillerTest {

    @Nested
    class placing_a_value_in_a_box_40_wide_for_text_10_wide {

        @Test
        void puts_it_flush_right_for_q_2_so_the_number_ends_at_the_slash() {
            assertThat(FormFiller.x(PDTextField.QUADDING_RIGHT, 40, 10)).isEqualTo(30f);
        }

        @Test
        void centres_it_for_q_1() {
            assertThat(FormFiller.x(PDTextField.QUADDING_CENTERED, 40, 10)).isEqualTo(15f);
        }

        @Test
        void puts_it_flush_left_for_q_0() {
            assertThat(FormFiller.x(PDTextField.QUADDING_LEFT, 40, 10)).isZero();
        }

        @Test
        void starts_at_the_left_edge_when_the_text_is_wider_than_the_box() {
            assertThat(FormFiller.x(PDTextField.QUADDING_RIGHT, 8, 10)).isZero();
            assertThat(FormFiller.x(PDTextField.QUADDING_CENTERED, 8, 10)).isZero();
        }
    }
}
