// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.templates.vn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanban.core.model.BodyBlock;
import io.github.vanban.core.model.HeadingLevel;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StructuredBodyTest {

    @Nested
    class when_numbering_a_regulation {
        private final List<BodyBlock> body = StructuredBody.builder()
                .chapter("Quy định chung")
                .titledArticle("Phạm vi điều chỉnh")
                .clause("Quy chế này quy định …")
                .clause("Đối tượng áp dụng gồm:")
                .point("Cán bộ;")
                .point("Công chức.")
                .section("Nhiệm vụ")
                .titledArticle("Nhiệm vụ chung")
                .clause("Thực hiện …")
                .chapter("Điều khoản thi hành")
                .section("Hiệu lực")
                .subsection("Thời điểm")
                .article("Quy chế có hiệu lực kể từ ngày ký.")
                .build();

        @Test
        void numbers_chapters_in_roman_and_sections_from_1_in_each_chapter() {
            assertThat(body).filteredOn(BodyBlock.Heading.class::isInstance).containsExactly(
                    new BodyBlock.Heading(HeadingLevel.CHUONG, "I", "Quy định chung"),
                    new BodyBlock.Heading(HeadingLevel.MUC, "1", "Nhiệm vụ"),
                    new BodyBlock.Heading(HeadingLevel.CHUONG, "II", "Điều khoản thi hành"),
                    new BodyBlock.Heading(HeadingLevel.MUC, "1", "Hiệu lực"),
                    new BodyBlock.Heading(HeadingLevel.TIEU_MUC, "1", "Thời điểm"));
        }

        @Test
        void numbers_articles_through_the_whole_document() {
            assertThat(body).filteredOn(BodyBlock.Article.class::isInstance).containsExactly(
                    new BodyBlock.Article("1", Optional.of("Phạm vi điều chỉnh"), Optional.empty()),
                    new BodyBlock.Article("2", Optional.of("Nhiệm vụ chung"), Optional.empty()),
                    new BodyBlock.Article("3", Optional.empty(), Optional.of("Quy chế có hiệu lực kể từ ngày ký.")));
        }

        @Test
        void restarts_clauses_in_each_article_and_points_in_each_clause() {
            assertThat(body).filteredOn(BodyBlock.Paragraph.class::isInstance)
                    .extracting(b -> ((BodyBlock.Paragraph) b).text())
                    .containsExactly("1. Quy chế này quy định …", "2. Đối tượng áp dụng gồm:", "a) Cán bộ;",
                            "b) Công chức.", "1. Thực hiện …");
        }
    }

    @Nested
    class when_numbering_a_report_without_articles {
        @Test
        void numbers_sections_in_roman_within_each_part_and_clauses_within_each_section() {
            List<BodyBlock> body = StructuredBody.builder()
                    .part("Kết quả")
                    .reportSection("Công tác chỉ đạo").clause("Ban hành kế hoạch.")
                    .reportSection("Kết quả cụ thể").clause("Hoàn thành …")
                    .part("Phương hướng")
                    .reportSection("Mục tiêu")
                    .build();

            assertThat(body).containsExactly(
                    new BodyBlock.Heading(HeadingLevel.PHAN, "I", "Kết quả"),
                    new BodyBlock.Heading(HeadingLevel.SECTION, "I", "Công tác chỉ đạo"),
                    new BodyBlock.Paragraph("1. Ban hành kế hoạch."),
                    new BodyBlock.Heading(HeadingLevel.SECTION, "II", "Kết quả cụ thể"),
                    new BodyBlock.Paragraph("1. Hoàn thành …"),
                    new BodyBlock.Heading(HeadingLevel.PHAN, "II", "Phương hướng"),
                    new BodyBlock.Heading(HeadingLevel.SECTION, "I", "Mục tiêu"));
        }
    }

    @Nested
    class when_lettering_points {
        @Test
        void follows_the_vietnamese_alphabet_with_d_stroke_after_d_and_no_f_j_w_z() {
            assertThat(IntStream.rangeClosed(1, 23).mapToObj(StructuredBody::pointLetter))
                    .containsExactly("a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q",
                            "r", "s", "t", "u", "v", "x", "y");
        }

        @Test
        void refuses_a_24th_point_naming_the_clause() {
            StructuredBody.Builder b = StructuredBody.builder().article("Quy định:").clause("Gồm:");
            for (int i = 0; i < 23; i++) {
                b.point("điểm " + i);
            }
            assertThatThrownBy(() -> b.point("thêm"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("clause 1 already has 23 points (a to y); split it into clauses");
        }
    }

    @Nested
    class when_misused {
        @Test
        void rejects_a_clause_before_any_article() {
            assertThatThrownBy(() -> StructuredBody.builder().clause("Mồ côi."))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("a clause (khoản) needs an article (Điều) or a report section first");
        }

        @Test
        void rejects_a_point_before_any_clause() {
            assertThatThrownBy(() -> StructuredBody.builder().article("Quy định:").point("Mồ côi."))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("a point (điểm) needs a clause (khoản) first");
        }

        @Test
        void rejects_a_subsection_outside_a_section() {
            assertThatThrownBy(() -> StructuredBody.builder().chapter("Chung").subsection("Lạc"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("a subsection (Tiểu mục) needs a section (Mục) first");
        }

        @Test
        void rejects_blank_text_naming_the_block() {
            assertThatThrownBy(() -> StructuredBody.builder().chapter("  "))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("chapter text must not be blank");
        }
    }

    @Test
    void writes_roman_numerals() {
        assertThat(IntStream.of(1, 4, 9, 14, 40, 1994).mapToObj(StructuredBody::roman))
                .containsExactly("I", "IV", "IX", "XIV", "XL", "MCMXCIV");
    }
}
