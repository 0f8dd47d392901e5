// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.pdf;

import java.util.List;

/**
 * The unit of pagination: a line of a paragraph, or a block that never splits (the header, the
 * signer block, a table row). The paginator never breaks a page inside a row.
 *
 * @param height the row's height in points
 * @param spaceBefore space above the row, dropped at the top of a page
 * @param ops the drawing, relative to the row's top
 * @param keepWithPrevious no page break is allowed before this row
 * @param pageBreakBefore the row starts a new page
 * @param restartNumbering the row starts a new page-number series (an appendix)
 */
record Row(float height, float spaceBefore, List<Op> ops, boolean keepWithPrevious,
        boolean pageBreakBefore, boolean restartNumbering) {

    Row {
        ops = List.copyOf(ops);
    }

    static Row of(float height, float spaceBefore, List<Op> ops) {
        return new Row(height, spaceBefore, ops, false, false, false);
    }

    Row keptWithPrevious() {
        return new Row(height, spaceBefore, ops, true, pageBreakBefore, restartNumbering);
    }

    Row withSpaceBefore(float space) {
        return new Row(height, space, ops, keepWithPrevious, pageBreakBefore, restartNumbering);
    }

    Row startingSeries() {
        return new Row(height, spaceBefore, ops, keepWithPrevious, true, true);
    }
}
