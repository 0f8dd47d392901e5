// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Places rows on pages: fills each page, and when a row does not fit, breaks before the latest
 * row that allows a break (so kept rows move together: orphans, widows, headings with their next
 * block, the signer block with the last two body lines). Space before a row is dropped at the top
 * of a page. Appendix rows start a new page and a new page-number series.
 */
final class Paginator {

    /** A row at a vertical offset from the top of the text area. */
    record Placed(Row row, float top) {}

    /** One page: its rows and its number within its series (1-based). */
    record Page(List<Placed> rows, int numberInSeries) {}

    private Paginator() {}

    /**
     * Paginates.
     *
     * @param rows the rows in reading order
     * @param firstPageHeight the usable height of page 1 (less the contact foot)
     * @param pageHeight the usable height of the other pages
     */
    static List<Page> paginate(List<Row> rows, float firstPageHeight, float pageHeight) {
        List<Page> pages = new ArrayList<>();
        int i = 0;
        int number = 0;
        while (i < rows.size()) {
            if (rows.get(i).restartNumbering()) {
                number = 0;
            }
            number++;
            float avail = pages.isEmpty() ? firstPageHeight : pageHeight;
            List<Placed> placed = new ArrayList<>();
            int first = i;
            float y = 0;
            if (!rows.get(i).repeatedHeader().isEmpty()) {
                for (Row h : rows.get(i).repeatedHeader()) {
                    placed.add(new Placed(h, y));
                    y += h.height();
                }
            }
            int repeated = placed.size();
            while (i < rows.size()) {
                Row r = rows.get(i);
                if (r.pageBreakBefore() && i != first) {
                    break;
                }
                float top = i == first ? y : y + r.spaceBefore();
                if (top + r.height() <= avail + 0.01f || i == first) {
                    placed.add(new Placed(r, top));
                    y = top + r.height();
                    i++;
                    continue;
                }
                int j = i;
                while (j > first && rows.get(j).keepWithPrevious() && !rows.get(j).pageBreakBefore()) {
                    j--;
                }
                if (j == first) {
                    j = i; // the kept run is longer than a page: break where it overflows
                }
                while (placed.size() > repeated + j - first) {
                    placed.remove(placed.size() - 1);
                }
                i = j;
                break;
            }
            pages.add(new Page(List.copyOf(placed), number));
        }
        return pages;
    }
}
