// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.render.FontStyle;
import io.github.vanban.core.render.PageProfile;
import io.github.vanban.core.render.internal.LayoutGeometry;
import io.github.vanban.core.testing.SampleDocuments;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ComposerTest {
    static final TextLayout TEXT = new TextLayout(FontProvider.liberationSerif().metrics());
    static final PageProfile PROFILE = PageProfile.defaults();
    static final LayoutGeometry GEOMETRY = new LayoutGeometry(PROFILE, TEXT.metrics());
    static final float X0 = (float) (30 * PageProfile.PT_PER_MM);

    static Op.Text text(Row row, String s) {
        return row.ops().stream().filter(o -> o instanceof Op.Text t && t.text().equals(s)).map(o -> (Op.Text) o)
                .findFirst().orElseThrow(() -> new AssertionError(s + " not in row"));
    }

    static List<Op.Rule> rules(Row row) {
        return row.ops().stream().filter(o -> o instanceof Op.Rule).map(o -> (Op.Rule) o).toList();
    }

    @Nested
    class the_header {
        final Row header = new Composer(SampleDocuments.congVanLaiChau(), PROFILE, TEXT).compose().get(0);

        @Test
        void draws_a_rule_exactly_as_long_as_the_motto_centred_under_it() {
            Op.Text motto = text(header, AdministrativeDocument.MOTTO);
            float mottoWidth = TEXT.width(AdministrativeDocument.MOTTO, FontStyle.BOLD, 14);
            Op.Rule rule = rules(header).stream().filter(r -> r.x1() > X0 + 150).findFirst().orElseThrow();
            assertThat(rule.x2() - rule.x1()).isCloseTo(mottoWidth, within(0.01f));
            assertThat(rule.x1()).isCloseTo(motto.x(), within(0.01f));
            assertThat(rule.y()).isGreaterThan(motto.baseline());
        }

        @Test
        void draws_a_rule_of_two_fifths_of_the_issuing_body_centred_in_the_left_column() {
            Op.Text issuing = text(header, "SỞ KHOA HỌC VÀ CÔNG NGHỆ");
            float width = TEXT.width(issuing.text(), FontStyle.BOLD, issuing.size());
            Op.Rule rule = rules(header).stream().filter(r -> r.x1() < X0 + 150).findFirst().orElseThrow();
            assertThat((rule.x2() - rule.x1()) / width).isCloseTo(0.4f, within(0.001f));
            float columnCentre = X0 + (float) GEOMETRY.headerLeftWidth() / 2;
            assertThat((rule.x1() + rule.x2()) / 2).isCloseTo(columnCentre, within(0.01f));
        }

        @Test
        void puts_the_vv_line_6_pt_below_the_so_line() {
            Op.Text so = (Op.Text) header.ops().stream()
                    .filter(o -> o instanceof Op.Text t && t.text().startsWith("Số:")).findFirst().orElseThrow();
            Op.Text vv = (Op.Text) header.ops().stream()
                    .filter(o -> o instanceof Op.Text t && t.text().startsWith("V/v")).findFirst().orElseThrow();
            float soBottom = so.baseline() - TEXT.ascent(FontStyle.REGULAR, 13) + TEXT.lineHeight(FontStyle.REGULAR, 13);
            float vvTop = vv.baseline() - TEXT.ascent(FontStyle.REGULAR, 12);
            assertThat(vvTop - soBottom).isCloseTo(6, within(0.01f));
        }
    }

    @Nested
    class a_typed_document {
        final List<Row> rows = new Composer(PdfTestDocuments.everyComponent(), PROFILE, TEXT).compose();

        @Test
        void centres_type_name_and_subject_with_a_rule_of_two_fifths_of_the_subject() {
            Row title = rows.get(indexOf(rows, "QUYẾT ĐỊNH"));
            Op.Text type = text(title, "QUYẾT ĐỊNH");
            Op.Text subject = text(title, "Về việc ứng dụng chữ ký số trong công tác văn thư");
            float width = (float) GEOMETRY.textWidth();
            assertThat(type.x() + TEXT.width(type.text(), FontStyle.BOLD, 14) / 2).isCloseTo(X0 + width / 2, within(0.01f));
            float subjectWidth = TEXT.width(subject.text(), FontStyle.BOLD, 14);
            Op.Rule rule = rules(title).get(0);
            assertThat((rule.x2() - rule.x1()) / subjectWidth).isCloseTo(0.4f, within(0.001f));
            assertThat(title.keepWithPrevious()).as("kept with the header").isTrue();
        }

        @Test
        void draws_urgency_and_confidentiality_in_red_boxes_of_the_decree_sizes() {
            Row header = rows.get(indexOf(rows, "MẬT"));
            Row note = rows.get(indexOf(rows, "XEM XONG TRẢ LẠI"));
            List<Op.Box> boxes = java.util.stream.Stream.concat(header.ops().stream(), note.ops().stream())
                    .filter(o -> o instanceof Op.Box).map(o -> (Op.Box) o).toList();
            float mm = (float) PageProfile.PT_PER_MM;
            assertThat(boxes).allSatisfy(b -> {
                assertThat(b.color()).isEqualTo(Op.RED);
                assertThat(b.height()).isCloseTo(8 * mm, within(0.01f));
            });
            Op.Text urgency = text(header, "THƯỢNG KHẨN");
            assertThat(urgency.color()).isEqualTo(Op.RED);
            assertThat(urgency.style()).isEqualTo(FontStyle.BOLD);
            assertThat(boxes).anySatisfy(b -> assertThat(b.width()).isCloseTo(40 * mm, within(0.01f)));
            assertThat(rows.indexOf(note)).as("ô 11 comes first, above the national title").isZero();
            assertThat(rows.get(1).keepWithPrevious()).isTrue();
        }

        @Test
        void keeps_a_heading_with_the_block_that_follows() {
            int chuong = indexOf(rows, "Chương I");
            assertThat(rows.get(chuong + 1).keepWithPrevious()).isTrue();
            assertThat(rows.get(chuong + 2).keepWithPrevious()).as("the article after it").isTrue();
        }

        @Test
        void starts_each_appendix_on_a_new_page_series() {
            int appendix = indexOf(rows, "Phụ lục I");
            assertThat(rows.get(appendix).pageBreakBefore()).isTrue();
            assertThat(rows.get(appendix).restartNumbering()).isTrue();
        }

        @Test
        void puts_the_contact_lines_under_a_full_width_rule() {
            Composer composer = new Composer(PdfTestDocuments.everyComponent(), PROFILE, TEXT);
            List<Op> foot = composer.contactFoot();
            Op.Rule rule = (Op.Rule) foot.get(0);
            assertThat(rule.x2() - rule.x1()).isCloseTo((float) GEOMETRY.textWidth(), within(0.01f));
            assertThat(foot).filteredOn(o -> o instanceof Op.Text).hasSize(2)
                    .allSatisfy(o -> assertThat(((Op.Text) o).size()).isEqualTo(11f));
            assertThat(composer.contactHeight()).isCloseTo(2 + 2 * TEXT.lineHeight(FontStyle.REGULAR, 11), within(0.01f));
        }

        static int indexOf(List<Row> rows, String s) {
            for (int i = 0; i < rows.size(); i++) {
                for (Op o : rows.get(i).ops()) {
                    if (o instanceof Op.Text t && t.text().equals(s)) {
                        return i;
                    }
                }
            }
            throw new AssertionError(s);
        }
    }

    @Nested
    class the_signer_block {
        final List<Row> rows = new Composer(SampleDocuments.congVanLaiChau(), PROFILE, TEXT).compose();
        final Row bottom = rows.get(rows.size() - 1);

        @Test
        void leaves_the_profiles_signature_space_between_title_and_name() {
            Op.Text title = text(bottom, "PHÓ GIÁM ĐỐC");
            Op.Text name = text(bottom, "Trần Văn Tuấn");
            float ascent = TEXT.ascent(FontStyle.BOLD, 14);
            float titleBottom = title.baseline() - ascent + TEXT.lineHeight(FontStyle.BOLD, 14);
            float nameTop = name.baseline() - ascent;
            assertThat(nameTop - titleBottom).isCloseTo((float) (25 * PageProfile.PT_PER_MM), within(0.01f));
        }

        @Test
        void is_kept_with_the_body_and_the_last_two_body_lines_are_kept_together() {
            assertThat(bottom.keepWithPrevious()).isTrue();
            assertThat(rows.get(rows.size() - 2).keepWithPrevious()).as("widow control").isTrue();
        }

        @Test
        void puts_the_group_note_beside_a_brace_spanning_the_group() {
            Op.Brace brace = (Op.Brace) bottom.ops().stream().filter(o -> o instanceof Op.Brace).findFirst()
                    .orElseThrow();
            Op.Text first = text(bottom, "- Bộ KH&CN;");
            Op.Text second = text(bottom, "- UBND tỉnh;");
            Op.Text note = text(bottom, "(B/c)");
            assertThat(brace.top()).isLessThan(first.baseline());
            assertThat(brace.bottom()).isGreaterThan(second.baseline());
            assertThat(note.x()).isGreaterThan(brace.x() + brace.width());
            float groupWidth = Math.max(TEXT.width(first.text(), FontStyle.REGULAR, 11),
                    TEXT.width(second.text(), FontStyle.REGULAR, 11));
            assertThat(brace.x()).isGreaterThan(X0 + groupWidth);
        }
    }
}
