// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Nested
    class when_normalising {
        @Test
        void turns_decomposed_input_into_precomposed_characters() {
            String nfd = Normalizer.normalize("Độc lập - Tự do - Hạnh phúc", Normalizer.Form.NFD);

            assertThat(nfd).isNotEqualTo("Độc lập - Tự do - Hạnh phúc");
            assertThat(VietnameseText.nfc(nfd)).isEqualTo("Độc lập - Tự do - Hạnh phúc");
        }

        @Test
        void replaces_non_breaking_spaces_and_strips_the_ends() {
            assertThat(VietnameseText.nfc("\u00A0Lai\u00A0Châu ")).isEqualTo("Lai Châu");
        }
    }

    @Nested
    class when_upper_casing {
        @Test
        void upper_cases_đ_and_ư_and_the_tone_marks() {
            assertThat(VietnameseText.upper("đề nghị của ủy ban")).isEqualTo("ĐỀ NGHỊ CỦA ỦY BAN");
            assertThat(VietnameseText.upper("phó giám đốc sở tư pháp")).isEqualTo("PHÓ GIÁM ĐỐC SỞ TƯ PHÁP");
        }

        @Test
        void keeps_the_result_in_nfc() {
            String upper = VietnameseText.upper(Normalizer.normalize("thượng khẩn", Normalizer.Form.NFD));

            assertThat(upper).isEqualTo("THƯỢNG KHẨN").matches(s -> Normalizer.isNormalized(s, Normalizer.Form.NFC));
        }

        @Test
        void tells_upper_case_text_from_mixed_case() {
            assertThat(VietnameseText.isUpper("UBND TỈNH LAI CHÂU")).isTrue();
            assertThat(VietnameseText.isUpper("UBND tỉnh Lai Châu")).isFalse();
        }
    }
}
