// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.vanban.core.render.FontStyle;
import io.github.vanban.core.render.RenderException;
import io.github.vanban.core.render.pdf.TextLayout.Align;
import io.github.vanban.core.render.pdf.TextLayout.Line;
import io.github.vanban.core.render.pdf.TextLayout.Span;
import io.github.vanban.core.render.pdf.TextLayout.Word;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TextLayoutTest {
    final TextLayout layout = new TextLayout(FontProvider.liberationSerif().metrics());

    static String text(Line line) {
        return line.words().stream().map(w -> (w.spaceBefore() ? " " : "") + w.text()).collect(Collectors.joining());
    }

    @Nested
    class breaking_lines {

        @Test
        void fills_each_line_greedily_and_never_exceeds_the_measure() {
            String s = "Ngày 21 tháng 4 hàng năm được Liên hợp quốc (UN) chọn làm Ngày Đổi mới sáng tạo thế giới";
            List<Line> lines = layout.wrap(s, FontStyle.REGULAR, 14, 200);
            assertThat(lines).hasSizeGreaterThan(1);
            for (int i = 0; i < lines.size(); i++) {
                assertThat(lines.get(i).width()).isLessThanOrEqualTo(200.01f);
                if (i + 1 < lines.size()) {
                    Word next = lines.get(i + 1).words().get(0);
                    float space = layout.width(" ", FontStyle.REGULAR, 14);
                    assertThat(lines.get(i).width() + space + next.width()).as("the next word did not fit")
                            .isGreaterThan(200);
                }
            }
            assertThat(lines.stream().map(TextLayoutTest::text).collect(Collectors.joining(" "))).isEqualTo(s);
        }

        @Test
        void measures_line_width_as_the_sum_of_advances() {
            Line line = layout.wrap("Độc lập - Tự do - Hạnh phúc", FontStyle.BOLD, 14, 500).get(0);
            assertThat(line.width()).isCloseTo(layout.width("Độc lập - Tự do - Hạnh phúc", FontStyle.BOLD, 14),
                    within(0.001f));
            // docgen.md §2.3 measured the motto at 171.4 pt (14 pt bold Liberation Serif).
            assertThat(line.width()).isCloseTo(171.4f, within(0.1f));
            assertThat(line.gaps()).isEqualTo(7);
        }

        @Test
        void may_break_after_a_hyphen_between_letters_but_not_before_a_digit() {
            List<Word> words = layout.words(List.of(new Span("số 1062/BKHCN-ƯDPTCN ngày 14-4", FontStyle.REGULAR)), 14);
            assertThat(words).extracting(Word::text).containsExactly("số", "1062/BKHCN-", "ƯDPTCN", "ngày", "14-4");
            assertThat(words).extracting(Word::spaceBefore).containsExactly(false, true, false, true, true);
        }

        @Test
        void uses_a_shorter_first_line_for_the_indent() {
            String s = "một hai ba bốn năm sáu bảy tám chín mười một hai ba bốn năm sáu bảy tám chín mười";
            List<Word> words = layout.words(List.of(new Span(s, FontStyle.REGULAR)), 14);
            List<Line> lines = layout.lines(words, 14, 100, 200);
            assertThat(lines.get(0).width()).isLessThanOrEqualTo(100);
            assertThat(lines.get(1).width()).isGreaterThan(100);
        }

        @Test
        void splits_a_word_wider_than_the_measure_between_characters() {
            List<Line> lines = layout.wrap("https://vanban.laichau.gov.vn/van-ban/chi-tiet", FontStyle.REGULAR, 14, 80);
            assertThat(lines).allSatisfy(l -> assertThat(l.width()).isLessThanOrEqualTo(80));
            assertThat(lines.stream().map(TextLayoutTest::text).collect(Collectors.joining()))
                    .isEqualTo("https://vanban.laichau.gov.vn/van-ban/chi-tiet");
        }

        @Test
        void keeps_runs_of_different_faces_with_the_space_between_them() {
            List<Word> words = layout.words(List.of(new Span("Điều 1.", FontStyle.BOLD),
                    new Span(" Quyết định này", FontStyle.REGULAR)), 14);
            assertThat(words).extracting(Word::style).containsExactly(FontStyle.BOLD, FontStyle.BOLD,
                    FontStyle.REGULAR, FontStyle.REGULAR, FontStyle.REGULAR);
            assertThat(words.get(2).spaceBefore()).isTrue();
        }
    }

    @Nested
    class drawing_lines {

        @Test
        void justifies_all_but_the_last_line_by_widening_spaces_to_the_measure() {
            Line line = layout.wrap("một hai ba bốn", FontStyle.REGULAR, 14, 500).get(0);
            List<Op> ops = layout.draw(line, 100, 20, 14, 300, Align.JUSTIFY, false, Op.BLACK, Optional.empty());
            Op.Text t = (Op.Text) ops.get(0);
            assertThat(t.x()).isEqualTo(100);
            assertThat(line.width() + 3 * t.extraPerSpace()).isCloseTo(300, within(0.001f));
            List<Op> last = layout.draw(line, 100, 20, 14, 300, Align.JUSTIFY, true, Op.BLACK, Optional.empty());
            assertThat(((Op.Text) last.get(0)).extraPerSpace()).isZero();
        }

        @Test
        void centres_a_line_in_its_measure() {
            Line line = layout.wrap("KT. GIÁM ĐỐC", FontStyle.BOLD, 14, 500).get(0);
            Op.Text t = (Op.Text) layout.draw(line, 100, 20, 14, 300, Align.CENTER, true, Op.BLACK,
                    Optional.empty()).get(0);
            assertThat(t.x() + line.width() / 2).isCloseTo(250, within(0.001f));
        }

        @Test
        void emits_one_text_run_per_face_placed_after_the_widened_space() {
            List<Word> words = layout.words(List.of(new Span("Điều 1.", FontStyle.BOLD),
                    new Span(" Quyết định", FontStyle.REGULAR)), 14);
            Line line = layout.lines(words, 14, 400, 400).get(0);
            List<Op> ops = layout.draw(line, 0, 20, 14, 400, Align.JUSTIFY, false, Op.BLACK, Optional.empty());
            assertThat(ops).hasSize(2);
            Op.Text bold = (Op.Text) ops.get(0);
            Op.Text regular = (Op.Text) ops.get(1);
            assertThat(bold.text()).isEqualTo("Điều 1.");
            assertThat(regular.text()).isEqualTo("Quyết định");
            float expected = layout.width("Điều 1. ", FontStyle.BOLD, 14) + 2 * bold.extraPerSpace();
            assertThat(regular.x()).isCloseTo(expected, within(0.001f));
        }
    }

    @Nested
    class checking_glyphs {

        @Test
        void accepts_every_vietnamese_letter_in_every_face() {
            StringBuilder all = new StringBuilder("ĂăÂâĐđÊêÔôƠơƯư");
            for (int cp = 0x1EA0; cp <= 0x1EF9; cp++) {
                all.appendCodePoint(cp);
            }
            for (FontStyle style : FontStyle.values()) {
                layout.check(all.toString(), style, "test");
            }
        }

        @Test
        void names_the_missing_character_its_code_point_component_and_column() {
            assertThatThrownBy(() -> layout.check("Trần Văn Tuấn ☃", FontStyle.BOLD, "signer.fullName"))
                    .isInstanceOf(RenderException.class)
                    .hasMessage("character U+2603 '☃' in signer.fullName at character 15 is not in the font (bold): "
                            + "\"Trần Văn Tuấn ☃\"");
        }
    }
}
