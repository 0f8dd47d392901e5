// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AddresseesTest {

    @Nested
    class with_one_addressee {
        @Test
        void prints_the_name_on_the_labels_line_without_a_hyphen() {
            Addressees addressees = new Addressees(List.of("Bộ Nội vụ"));

            assertThat(addressees.isInline()).isTrue();
            assertThat(addressees.lines()).containsExactly("Bộ Nội vụ");
            assertThat(Addressees.LABEL).isEqualTo("Kính gửi:");
        }
    }

    @Nested
    class with_several_addressees {
        @Test
        void prints_one_per_line_with_hyphens_semicolons_and_a_final_full_stop() {
            Addressees addressees = new Addressees(
                    List.of("Các Sở, ban, ngành, đoàn thể tỉnh", "UBND các huyện, thành phố", "Báo Lai Châu"));

            assertThat(addressees.isInline()).isFalse();
            assertThat(addressees.lines()).containsExactly(
                    "- Các Sở, ban, ngành, đoàn thể tỉnh;", "- UBND các huyện, thành phố;", "- Báo Lai Châu.");
        }
    }

    @Nested
    class with_no_addressee {
        @Test
        void prints_nothing() {
            assertThat(new Addressees(List.of()).isEmpty()).isTrue();
            assertThat(new Addressees(List.of()).lines()).isEmpty();
        }
    }
}
