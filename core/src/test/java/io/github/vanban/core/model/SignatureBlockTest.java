// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SignatureBlockTest {

    @Nested
    class with_one_capacity {
        @Test
        void prints_kt_before_the_heads_position_and_the_deputys_position_below() {
            SignatureBlock block = SignatureBlock.of(SigningCapacity.KT, "Bộ trưởng", "Thứ trưởng", "Nguyễn Văn A");

            assertThat(block.titleLines()).containsExactly("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG");
            assertThat(block.nameLines()).containsExactly("Nguyễn Văn A");
        }

        @Test
        void prints_tm_before_the_collective_body_and_the_heads_position_below() {
            SignatureBlock block = SignatureBlock.of(SigningCapacity.TM, "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Thị B");

            assertThat(block.titleLines()).containsExactly("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
        }

        @Test
        void prints_an_acting_head_on_one_line() {
            SignatureBlock block = new SignatureBlock(
                    List.of(new Delegation(SigningCapacity.Q, "GIÁM ĐỐC")), Optional.empty(), List.of(), "Phạm Văn C");

            assertThat(block.titleLines()).containsExactly("Q. GIÁM ĐỐC");
        }

        @Test
        void prints_every_prefix_with_a_full_stop_and_one_space() {
            assertThat(List.of(SigningCapacity.values()))
                    .extracting(c -> new Delegation(c, "giám đốc").line())
                    .containsExactly("TM. GIÁM ĐỐC", "KT. GIÁM ĐỐC", "Q. GIÁM ĐỐC", "TL. GIÁM ĐỐC", "TUQ. GIÁM ĐỐC");
        }
    }

    @Nested
    class with_stacked_capacities {
        @Test
        void prints_a_deputy_chair_signing_for_the_peoples_committee() {
            SignatureBlock block = new SignatureBlock(
                    List.of(new Delegation(SigningCapacity.TM, "ỦY BAN NHÂN DÂN"),
                            new Delegation(SigningCapacity.KT, "CHỦ TỊCH")),
                    Optional.of("PHÓ CHỦ TỊCH"), List.of(), "Trần Văn D");

            assertThat(block.titleLines()).containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
        }
    }

    @Nested
    class with_a_head_signing_in_their_own_name {
        @Test
        void prints_only_the_position() {
            assertThat(SignatureBlock.head("Giám đốc", "Hoàng Văn E").titleLines()).containsExactly("GIÁM ĐỐC");
        }

        @Test
        void prints_other_positions_in_capitals_above_the_name_in_regular_case() {
            SignatureBlock block = new SignatureBlock(List.of(), Optional.of("CHỦ TỊCH HỘI ĐỒNG"),
                    List.of("Bộ trưởng Bộ Nội vụ"), "Đỗ Thị G");

            assertThat(block.nameLines()).containsExactly("BỘ TRƯỞNG BỘ NỘI VỤ", "Đỗ Thị G");
        }
    }
}
