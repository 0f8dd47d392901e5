// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DocumentNumberTest {

    @Nested
    class with_the_decrees_own_examples {
        @Test
        void prints_a_decision_of_the_ministry() {
            assertThat(DocumentNumber.of(15, "QĐ-BNV").line()).isEqualTo("Số: 15/QĐ-BNV");
        }

        @Test
        void prints_a_cong_van_of_the_ministry_office() {
            assertThat(DocumentNumber.of(5, "BNV-VP").line()).isEqualTo("Số: 05/BNV-VP");
        }

        @Test
        void prints_a_cong_van_of_a_peoples_committee() {
            assertThat(DocumentNumber.of(12, "UBND-VX").line()).isEqualTo("Số: 12/UBND-VX");
        }
    }

    @Nested
    class when_padding_the_number {
        @Test
        void pads_numbers_below_ten_with_one_zero() {
            assertThat(DocumentNumber.formatNumber(1)).isEqualTo("01");
            assertThat(DocumentNumber.formatNumber(9)).isEqualTo("09");
        }

        @Test
        void leaves_numbers_from_ten_on_unpadded() {
            assertThat(DocumentNumber.formatNumber(10)).isEqualTo("10");
            assertThat(DocumentNumber.formatNumber(125)).isEqualTo("125");
        }

        @Test
        void rejects_zero_and_names_the_value() {
            assertThatThrownBy(() -> DocumentNumber.of(0, "QĐ-BNV"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("number must be 1 or more, was 0");
        }
    }

    @Nested
    class when_the_number_is_assigned_at_issuance {
        @Test
        void prints_blank_space_between_the_label_and_the_slash() {
            DocumentNumber number = DocumentNumber.unassigned("SKHCN-VP");

            assertThat(number.isAssigned()).isFalse();
            assertThat(number.line()).isEqualTo("Số:" + " ".repeat(9) + "/SKHCN-VP");
        }

        @Test
        void keeps_the_label_with_its_colon_and_one_space() {
            assertThat(DocumentNumber.unassigned("SKHCN-VP").line()).startsWith(DocumentNumber.LABEL);
            assertThat(DocumentNumber.LABEL).isEqualTo("Số: ");
        }
    }

    @Test
    void normalises_a_decomposed_symbol_to_nfc() {
        String nfd = Normalizer.normalize("ƯDPTCN-BKHCN", Normalizer.Form.NFD);

        assertThat(nfd).hasSize(13);
        assertThat(DocumentNumber.of(3, nfd).symbol()).isEqualTo("ƯDPTCN-BKHCN").hasSize(12);
    }
}
