// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.vanban.core.model.BodyBlock;
import io.github.vanban.core.render.FontStyle;
import io.github.vanban.core.render.PageProfile;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LayoutGeometryTest {
    private static final PageProfile PROFILE = PageProfile.defaults();
    private static final TextMetrics METRICS = TextMetrics.liberationSerif();
    private static final LayoutGeometry GEOMETRY = new LayoutGeometry(PROFILE, METRICS);
    private static final double ROOM = 2 * LayoutGeometry.TABLE_CELL_PADDING_PT + 1;

    private static double width(String text, FontStyle style) {
        return METRICS.width(text, style, PROFILE.bodySize());
    }

    @Nested
    class table_column_widths {
        @Test
        void give_a_table_that_fits_its_natural_widths_and_share_the_rest_equally() {
            BodyBlock.Table table = new BodyBlock.Table(List.of(List.of("STT", "Nội dung"), List.of("1", "Họp")), 1);

            double[] widths = GEOMETRY.tableColumnWidths(table);

            double extra = (GEOMETRY.textWidth() - width("STT", FontStyle.BOLD) - width("Nội dung", FontStyle.BOLD)
                    - 2 * ROOM) / 2;
            assertThat(widths[0]).isCloseTo(width("STT", FontStyle.BOLD) + ROOM + extra, within(1e-6));
            assertThat(widths[1]).isCloseTo(width("Nội dung", FontStyle.BOLD) + ROOM + extra, within(1e-6));
        }

        @Test
        void keep_every_column_at_least_as_wide_as_its_longest_word_when_the_content_overflows() {
            String longText = "Thông báo đề xuất đặt hàng nhiệm vụ khoa học và công nghệ năm 2025 trên Cổng thông tin";
            BodyBlock.Table table = new BodyBlock.Table(List.of(
                    List.of("STT", "Nội dung", "Thời hạn"),
                    List.of("10", longText + " " + longText, "Tháng 4/2024")), 1);

            double[] widths = GEOMETRY.tableColumnWidths(table);

            assertThat(Arrays.stream(widths).sum()).isCloseTo(GEOMETRY.textWidth(), within(1e-6));
            assertThat(widths[0]).isCloseTo(width("STT", FontStyle.BOLD) + ROOM, within(1e-6));
            assertThat(widths[2]).isGreaterThanOrEqualTo(width("4/2024", FontStyle.REGULAR) + ROOM)
                    .isLessThan(width("Tháng 4/2024", FontStyle.REGULAR) + ROOM);
        }
    }
}
