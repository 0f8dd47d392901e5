// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PaginatorTest {


    /** Rows of 10 pt; names them by index so pages can be compared. */
    static List<Integer> indices(List<Row> all, Paginator.Page page) {
        List<Integer> out = new ArrayList<>();
        for (Paginator.Placed p : page.rows()) {
            out.add(all.indexOf(p.row()));
        }
        return out;
    }

    static List<Row> rows(int n) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(Row.of(10, 0, List.of(new Op.Rule(0, i, 1, 1, Op.BLACK))));
        }
        return rows;
    }

    @Nested
    class filling_pages {

        @Test
        void puts_as_many_rows_as_fit_on_each_page() {
            List<Row> rows = rows(7);
            List<Paginator.Page> pages = Paginator.paginate(rows, 30, 30);
            assertThat(pages).hasSize(3);
            assertThat(indices(rows, pages.get(0))).containsExactly(0, 1, 2);
            assertThat(indices(rows, pages.get(2))).containsExactly(6);
            assertThat(pages).extracting(Paginator.Page::numberInSeries).containsExactly(1, 2, 3);
        }

        @Test
        void drops_the_space_before_a_row_at_the_top_of_a_page() {
            List<Row> rows = new ArrayList<>(rows(3));
            rows.set(2, Row.of(10, 6, rows.get(2).ops()));
            List<Paginator.Page> pages = Paginator.paginate(rows, 25, 25);
            assertThat(pages.get(1).rows().get(0).top()).isZero();
            List<Paginator.Page> one = Paginator.paginate(rows, 100, 100);
            assertThat(one.get(0).rows().get(2).top()).isEqualTo(26);
        }

        @Test
        void gives_page_1_its_own_height_for_the_contact_foot() {
            List<Row> rows = rows(6);
            List<Paginator.Page> pages = Paginator.paginate(rows, 20, 40);
            assertThat(indices(rows, pages.get(0))).containsExactly(0, 1);
            assertThat(indices(rows, pages.get(1))).containsExactly(2, 3, 4, 5);
        }
    }

    @Nested
    class keeping_rows_together {

        @Test
        void moves_kept_rows_with_the_row_that_does_not_fit() {
            List<Row> rows = new ArrayList<>(rows(5));
            // A signer block (row 4) kept with the last two lines of a paragraph (rows 2 and 3).
            rows.set(3, rows.get(3).keptWithPrevious());
            rows.set(4, rows.get(4).keptWithPrevious());
            List<Paginator.Page> pages = Paginator.paginate(rows, 40, 40);
            assertThat(indices(rows, pages.get(0))).containsExactly(0, 1);
            assertThat(indices(rows, pages.get(1))).containsExactly(2, 3, 4);
        }

        @Test
        void breaks_where_it_overflows_when_a_kept_run_is_longer_than_a_page() {
            List<Row> rows = new ArrayList<>(rows(5));
            for (int i = 1; i < 5; i++) {
                rows.set(i, rows.get(i).keptWithPrevious());
            }
            List<Paginator.Page> pages = Paginator.paginate(rows, 30, 30);
            assertThat(indices(rows, pages.get(0))).containsExactly(0, 1, 2);
            assertThat(indices(rows, pages.get(1))).containsExactly(3, 4);
        }

        @Test
        void starts_an_appendix_on_a_new_page_with_its_own_numbers() {
            List<Row> rows = new ArrayList<>(rows(4));
            rows.set(2, rows.get(2).startingSeries());
            List<Paginator.Page> pages = Paginator.paginate(rows, 100, 100);
            assertThat(indices(rows, pages.get(0))).containsExactly(0, 1);
            assertThat(indices(rows, pages.get(1))).containsExactly(2, 3);
            assertThat(pages).extracting(Paginator.Page::numberInSeries).containsExactly(1, 1);
        }

        @Test
        void repeats_a_table_header_above_a_continued_row() {
            List<Row> rows = new ArrayList<>(rows(4));
            Row header = rows.get(0).asArtifact();
            rows.set(2, rows.get(2).withRepeatedHeader(List.of(header)));
            rows.set(3, rows.get(3).withRepeatedHeader(List.of(header)));
            List<Paginator.Page> pages = Paginator.paginate(rows, 20, 20);
            assertThat(pages.get(1).rows()).extracting(Paginator.Placed::row).containsExactly(header, rows.get(2));
            assertThat(pages.get(2).rows()).extracting(Paginator.Placed::row).containsExactly(header, rows.get(3));
        }
    }
}
