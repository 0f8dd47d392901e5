// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PdfPreparerTest {
    static final float MM = 72f / 25.4f;

    @Nested
    class keeping_a_seal_placeholder_in_place {
        final float w = 36 * MM;

        @Test
        void keeps_a_square_placeholder_as_wide_as_a_round_seal() {
            assertThat(PdfPreparer.keepsSeal(new PDRectangle(300, 60, w, w), w, w)).isTrue();
        }

        @Test
        void keeps_a_square_placeholder_for_a_seal_image_that_is_not_square() {
            assertThat(PdfPreparer.keepsSeal(new PDRectangle(300, 60, w, w), w, w * 0.8f)).isTrue();
        }

        @Test
        void keeps_a_placeholder_of_exactly_the_image_size() {
            assertThat(PdfPreparer.keepsSeal(new PDRectangle(300, 60, w, w * 0.8f), w, w * 0.8f)).isTrue();
        }

        @Test
        void moves_a_placeholder_of_another_width() {
            assertThat(PdfPreparer.keepsSeal(new PDRectangle(300, 60, 65, 65), w, w)).isFalse();
            assertThat(PdfPreparer.keepsSeal(new PDRectangle(300, 60, w + 0.5f, w), w, w)).isFalse();
        }

        @Test
        void moves_a_placeholder_as_wide_but_of_another_height() {
            assertThat(PdfPreparer.keepsSeal(new PDRectangle(300, 60, w, w / 2), w, w)).isFalse();
        }
    }
}
