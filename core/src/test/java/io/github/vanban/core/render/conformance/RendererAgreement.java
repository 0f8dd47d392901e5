// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.conformance;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.model.Appendix;
import io.github.vanban.core.model.BodyBlock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Checks that two PDFs of one document, the PDF renderer's and the DOCX renderer's converted by
 * LibreOffice, agree where the two renderers share a computation: the number of pages and the
 * column boundaries of every body table ({@code LayoutGeometry.tableColumnWidths}).
 */
public final class RendererAgreement {
    /** How far a column boundary may lie from the other rendering's, in points. */
    public static final double COLUMN_TOLERANCE_PT = 1;

    private RendererAgreement() {}

    /**
     * Lists the disagreements: a different page count, or a table body row whose cells start
     * more than {@value #COLUMN_TOLERANCE_PT} pt apart, or that one rendering does not show on one
     * line. Every non-header row of every table in the printed body and the appendices is compared, by
     * the left edge of the first word of each cell.
     *
     * @param pdf the PDF renderer's output
     * @param docxPdf the DOCX renderer's output converted to PDF
     * @param document the document both were rendered from
     * @return the disagreements, empty when the two agree
     */
    public static List<String> differences(Path pdf, Path docxPdf, AdministrativeDocument document) {
        PdfLayout a = PdfLayout.read(pdf);
        PdfLayout b = PdfLayout.read(docxPdf);
        List<String> out = new ArrayList<>();
        if (a.pages().size() != b.pages().size()) {
            out.add("the PDF has " + a.pages().size() + " pages, the DOCX " + b.pages().size());
        }
        // A file of appendices only prints no body of the main document.
        Stream<BodyBlock> blocks = Stream.concat(document.appendicesOnly() ? Stream.empty() : document.body().stream(),
                document.appendices().stream().flatMap((Appendix x) -> x.body().stream()));
        List<BodyBlock.Table> tables = blocks.filter(BodyBlock.Table.class::isInstance)
                .map(BodyBlock.Table.class::cast).toList();
        for (BodyBlock.Table table : tables) {
            for (List<String> row : table.rows().subList(table.headerRows(), table.rows().size())) {
                var left = a.cellStarts(row);
                var right = b.cellStarts(row);
                if (left.isEmpty() || right.isEmpty()) {
                    out.add("table row " + row + " is not on one line in the " + (left.isEmpty() ? "PDF" : "DOCX"));
                    continue;
                }
                for (int c = 0; c < row.size(); c++) {
                    double gap = Math.abs(left.get().get(c) - right.get().get(c));
                    if (gap > COLUMN_TOLERANCE_PT) {
                        out.add(String.format(Locale.ROOT, "table row %s, cell %d starts at %.2f pt in the PDF and"
                                + " %.2f pt in the DOCX", row, c, left.get().get(c), right.get().get(c)));
                    }
                }
            }
        }
        return out;
    }
}
