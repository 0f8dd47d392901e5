// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanban.signing.Appearance;
import io.github.vanban.signing.CopyForm;
import java.text.Normalizer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine.TypeConversionException;

class StampOptionsTest {
    @Nested
    class reading_the_form_of_copy {
        final StampOptions.CopyFormConverter converter = new StampOptions.CopyFormConverter();

        @ParameterizedTest
        @CsvSource({
            "SAO_Y, SAO_Y", "sao y, SAO_Y", "Sao Y, SAO_Y",
            "SAO_LUC, SAO_LUC", "SAO LỤC, SAO_LUC", "sao lục, SAO_LUC", "sao luc, SAO_LUC",
            "TRICH_SAO, TRICH_SAO", "TRÍCH SAO, TRICH_SAO", "trích sao, TRICH_SAO", "Trich-Sao, TRICH_SAO"
        })
        void accepts_the_enum_names_and_the_printed_labels_in_any_case(String typed, CopyForm expected) {
            assertThat(converter.convert(typed)).isEqualTo(expected);
            assertThat(converter.convert(Normalizer.normalize(typed, Normalizer.Form.NFD))).isEqualTo(expected);
        }

        @Test
        void rejects_another_word_and_lists_the_forms() {
            assertThatThrownBy(() -> converter.convert("SAO CHỤP"))
                    .isInstanceOf(TypeConversionException.class)
                    .hasMessage("'SAO CHỤP' is not a form of copy; expected SAO_Y, SAO_LUC or TRICH_SAO "
                            + "(SAO Y, SAO LỤC, TRÍCH SAO)");
        }
    }

    @Nested
    class building_the_stamp {
        @Test
        void prints_the_form_label_and_the_copying_body_in_nfc() {
            StampOptions options = new StampOptions();
            options.copyForm = CopyForm.SAO_LUC;
            options.copier = Normalizer.normalize("  Văn phòng Ủy ban nhân dân tỉnh Lai Châu ", Normalizer.Form.NFD);

            assertThat(options.appearance()).contains(new Appearance.TextStamp(
                    "SAO LỤC; Văn phòng Ủy ban nhân dân tỉnh Lai Châu"));
        }

        @Test
        void prints_the_number_and_symbol_after_its_label() {
            StampOptions options = new StampOptions();
            options.attachment = "12/2024/NĐ-CP";

            assertThat(options.appearance()).contains(new Appearance.TextStamp("Số: 12/2024/NĐ-CP"));
        }

        @Test
        void is_absent_without_a_stamp_option() {
            StampOptions options = new StampOptions();

            assertThat(options.isPresent()).isFalse();
            assertThat(options.appearance()).isEmpty();
        }
    }
}
