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
 * @param repeatedHeader rows drawn above this row when it starts a page (a table's header rows,
 *     as artifacts)
 */
record Row(float height, float spaceBefore, List<Op> ops, boolean keepWithPrevious,
        boolean pageBreakBefore, boolean restartNumbering, List<Row> repeatedHeader) {

    Row {
        ops = List.copyOf(ops);
        repeatedHeader = List.copyOf(repeatedHeader);
    }

    static Row of(float height, float spaceBefore, List<Op> ops) {
        return new Row(height, spaceBefore, ops, false, false, false, List.of());
    }

    /** A copy that draws {@code op} before its own ops. */
    Row withLeadingOp(Op op) {
        List<Op> all = new java.util.ArrayList<>(ops.size() + 1);
        all.add(op);
        all.addAll(ops);
        return new Row(height, spaceBefore, all, keepWithPrevious, pageBreakBefore, restartNumbering,
                repeatedHeader);
    }

    Row keptWithPrevious() {
        return new Row(height, spaceBefore, ops, true, pageBreakBefore, restartNumbering, repeatedHeader);
    }

    Row startingSeries() {
        return new Row(height, spaceBefore, ops, keepWithPrevious, true, true, repeatedHeader);
    }

    Row withRepeatedHeader(List<Row> header) {
        return new Row(height, spaceBefore, ops, keepWithPrevious, pageBreakBefore, restartNumbering, header);
    }

    /** A copy whose text is an artifact rather than content (a repeated table header). */
    Row asArtifact() {
        List<Op> copy = new java.util.ArrayList<>(ops.size());
        for (Op op : ops) {
            copy.add(op instanceof Op.Text t
                    ? new Op.Text(t.x(), t.baseline(), t.text(), t.style(), t.size(), t.extraPerSpace(), t.color(),
                            java.util.Optional.empty())
                    : op);
        }
        return new Row(height, 0, copy, false, false, false, List.of());
    }
}
