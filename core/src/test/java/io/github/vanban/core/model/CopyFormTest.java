// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CopyFormTest {

    @Test
    void has_the_three_copy_abbreviations_of_appendix_iii() {
        assertThat(List.of(CopyForm.values())).extracting(CopyForm::abbreviation).containsExactly("SY", "TrS", "SL");
    }

    @Test
    void prints_the_form_of_copy_in_capitals() {
        assertThat(List.of(CopyForm.values())).extracting(CopyForm::label)
                .containsExactly("SAO Y", "TRÍCH SAO", "SAO LỤC");
    }

    @Test
    void prints_a_copy_number_with_its_abbreviation() {
        assertThat(DocumentNumber.of(7, CopyForm.SAO_Y.abbreviation() + "-VP").line()).isEqualTo("Số: 07/SY-VP");
    }
}
