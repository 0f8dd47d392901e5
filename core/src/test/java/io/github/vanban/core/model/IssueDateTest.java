// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IssueDateTest {

    @Nested
    class with_the_decrees_own_examples {
        @Test
        void pads_day_and_january() {
            assertThat(IssueDate.of(LocalDate.of(2020, 1, 5)).line("Hà Nội"))
                    .isEqualTo("Hà Nội, ngày 05 tháng 01 năm 2020");
        }

        @Test
        void does_not_pad_june_and_keeps_the_full_city_name() {
            assertThat(IssueDate.of(LocalDate.of(2019, 6, 29)).line("Thành phố Hồ Chí Minh"))
                    .isEqualTo("Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019");
        }

        @Test
        void prints_the_decrees_own_date_with_march_unpadded() {
            assertThat(IssueDate.of(LocalDate.of(2020, 3, 5)).text()).isEqualTo("ngày 05 tháng 3 năm 2020");
        }
    }

    @Nested
    class when_padding_the_month {
        @ParameterizedTest(name = "month {0} prints as \"{1}\"")
        @CsvSource({"1, 01", "2, 02", "3, 3", "9, 9", "10, 10", "12, 12"})
        void pads_only_january_and_february(int month, String printed) {
            assertThat(IssueDate.formatMonth(month)).isEqualTo(printed);
        }

        @Test
        void rejects_month_thirteen_and_names_the_value() {
            assertThatThrownBy(() -> IssueDate.formatMonth(13))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("month must be 1 to 12, was 13");
        }

        @Test
        void pads_days_below_ten() {
            assertThat(IssueDate.formatDay(1)).isEqualTo("01");
            assertThat(IssueDate.formatDay(31)).isEqualTo("31");
        }
    }

    @Nested
    class when_the_day_is_assigned_at_issuance {
        @Test
        void prints_blank_space_for_the_day_only() {
            IssueDate date = IssueDate.dayPending(YearMonth.of(2023, 4));

            assertThat(date.text()).isEqualTo("ngày" + " ".repeat(10) + "tháng 4 năm 2023");
            assertThat(date.fullDate()).isEmpty();
            assertThat(date.yearMonth()).contains(YearMonth.of(2023, 4));
        }

        @Test
        void prints_the_seed_letters_line() {
            assertThat(IssueDate.dayPending(YearMonth.of(2023, 4)).line("Lai Châu"))
                    .isEqualTo("Lai Châu, ngày          tháng 4 năm 2023");
        }
    }

    @Nested
    class when_the_whole_date_is_assigned_at_issuance {
        @Test
        void prints_blank_space_for_day_month_and_year() {
            String blank = IssueDate.BLANK;

            assertThat(IssueDate.pending().text())
                    .isEqualTo("ngày " + blank + " tháng " + blank + " năm " + blank);
            assertThat(IssueDate.pending().yearMonth()).isEmpty();
        }
    }
}
