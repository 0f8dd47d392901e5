// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.util.DateConverter;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VietnamTimeTest {
    @Nested
    class the_pdf_date {
        @Test
        void is_written_in_vietnam_time_with_the_offset_in_pdf_syntax() {
            // 17:30 UTC is already the next day in Hà Nội.
            assertThat(VietnamTime.pdfDate(Instant.parse("2025-02-28T17:30:05Z")))
                    .isEqualTo("D:20250301003005+07'00'");
        }

        @ParameterizedTest
        @ValueSource(strings = {"2025-02-28T17:30:05Z", "2024-02-28T23:59:59Z", "2026-12-31T16:59:59Z",
            "2026-12-31T17:00:00Z", "2030-06-15T00:00:00Z"})
        void is_the_text_pdfbox_writes_for_a_calendar_in_utc_plus_7(String utc) {
            Instant instant = Instant.parse(utc);
            GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("GMT+07:00"));
            calendar.setTimeInMillis(instant.toEpochMilli());

            assertThat(VietnamTime.pdfDate(instant)).isEqualTo(DateConverter.toString(calendar));
        }
    }
}
