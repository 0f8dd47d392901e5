// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanban.core.testing.SampleDocuments;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DistributionTest {

    @Nested
    class with_the_seed_letter {
        @Test
        void prints_each_recipient_with_a_hyphen_and_a_semicolon_and_lưu_with_a_full_stop() {
            Distribution distribution = SampleDocuments.congVanLaiChau().distribution();

            assertThat(distribution.lines()).extracting(Distribution.Line::text).containsExactly(
                    "- Như trên;", "- Bộ KH&CN;", "- UBND tỉnh;", "- Giám đốc Sở;", "- Lưu: VT, VP.");
        }

        @Test
        void prints_the_b_c_note_once_beside_its_two_line_group() {
            List<Distribution.Line> lines = SampleDocuments.congVanLaiChau().distribution().lines();

            assertThat(lines.get(1).groupNote()).contains("(B/c)");
            assertThat(lines.get(1).groupSize()).isEqualTo(2);
            assertThat(lines.get(2).groupNote()).isEmpty();
            assertThat(lines.get(2).inGroup()).isTrue();
            assertThat(lines.get(0).inGroup()).isFalse();
        }
    }

    @Nested
    class with_the_decrees_own_signature_page {
        @Test
        void prints_the_number_of_copies_kept_in_parentheses() {
            FileCopy fileCopy = new FileCopy(List.of("VT", "HC"), OptionalInt.of(2));
            Distribution distribution = new Distribution(List.of(), Optional.of(fileCopy), Optional.empty());

            assertThat(distribution.lines()).extracting(Distribution.Line::text).containsExactly("- Lưu: VT, HC (2).");
        }

        @Test
        void prints_the_drafter_code_after_the_lưu_line() {
            Distribution distribution = new Distribution(List.of(new DistributionEntry.Recipient("Như trên")),
                    Optional.of(new FileCopy(List.of("VT", "HC"), OptionalInt.of(2))),
                    Optional.of(new DrafterCode("PL", 300)));

            assertThat(distribution.lines()).extracting(Distribution.Line::text)
                    .containsExactly("- Như trên;", "- Lưu: VT, HC (2). PL.(300)");
            assertThat(new DrafterCode("PL", 300).text()).isEqualTo("PL.(300)");
        }
    }

    @Test
    void prints_the_drafter_code_alone_when_the_lưu_line_is_missing() {
        Distribution distribution =
                new Distribution(List.of(), Optional.empty(), Optional.of(new DrafterCode("PL", 300)));

        assertThat(distribution.lines()).extracting(Distribution.Line::text).containsExactly("PL.(300)");
    }

    @Test
    void rejects_an_empty_group_and_says_why() {
        assertThatThrownBy(() -> new DistributionEntry.Group(List.of(), "(B/c)"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a Nơi nhận group needs at least one recipient");
    }
}
