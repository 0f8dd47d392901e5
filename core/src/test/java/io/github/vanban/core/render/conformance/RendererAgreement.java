// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.conformance;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.model.Appendix;
import io.github.vanban.core.model.BodyBlock;
import io.github.vanban.core.model.HeadingLevel;
import io.github.vanban.core.text.VietnameseText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Checks that two PDFs of one document, the PDF renderer's and the DOCX renderer's converted by
 * LibreOffice, agree where the two renderers share a computation: the number of pages and the
 * column boundaries of every body table ({@code LayoutGeometry.tableColumnWidths}), the place of
 * every heading ({@code LayoutGeometry.GAP_EXTRA_BEFORE_HEADING_PT}) and of the page numbers
 * ({@code LayoutGeometry.pageNumberBaselinePt}).
 */
public final class RendererAgreement {
    /** How far a column boundary may lie from the other rendering's, in points. */
    public static final double COLUMN_TOLERANCE_PT = 1;

    /** How far a heading line or a page number may lie from the other rendering's, in points. */
    public static final double POSITION_TOLERANCE_PT = 1;

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
        List<BodyBlock.Table> tables = printedBlocks(document).filter(BodyBlock.Table.class::isInstance)
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

    /**
     * Lists the headings ({@link BodyBlock.Heading}) of the printed body and the appendices that
     * the two renderings place differently: on another page, or with a baseline or centre more
     * than {@value #POSITION_TOLERANCE_PT} pt apart. Each heading's label line (and, below a
     * Phần, Chương, Mục or Tiểu mục, its upper-case title line) is looked up in document order.
     *
     * @param pdf the PDF renderer's output
     * @param docxPdf the DOCX renderer's output converted to PDF
     * @param document the document both were rendered from
     * @return the disagreements, empty when the two agree
     */
    public static List<String> headingDifferences(Path pdf, Path docxPdf, AdministrativeDocument document) {
        return compareHeadings(pdf, docxPdf, document, false);
    }

    /**
     * Lists the headings whose space above differs by more than {@value #POSITION_TOLERANCE_PT}
     * pt between the two renderings: the distance from the baseline of the line before to the
     * heading's label line (and its title line). Unlike {@link #headingDifferences}, this does not
     * add up the small differences of every body line above (LibreOffice rounds each line's height
     * to a twentieth of a point), so it holds on long pages at any line spacing.
     *
     * @param pdf the PDF renderer's output
     * @param docxPdf the DOCX renderer's output converted to PDF
     * @param document the document both were rendered from
     * @return the disagreements, empty when the two agree
     */
    public static List<String> headingSpacingDifferences(Path pdf, Path docxPdf, AdministrativeDocument document) {
        return compareHeadings(pdf, docxPdf, document, true);
    }

    private static List<String> compareHeadings(Path pdf, Path docxPdf, AdministrativeDocument document,
            boolean spacingOnly) {
        PdfLayout a = PdfLayout.read(pdf);
        PdfLayout b = PdfLayout.read(docxPdf);
        List<String> lines = printedBlocks(document).filter(BodyBlock.Heading.class::isInstance)
                .map(BodyBlock.Heading.class::cast)
                .flatMap(h -> h.level() == HeadingLevel.SECTION ? Stream.of(h.label())
                        : Stream.of(h.label(), VietnameseText.upper(h.title())))
                .toList();
        List<String> out = new ArrayList<>();
        int fromA = 0;
        int fromB = 0;
        for (String line : lines) {
            var left = a.find(line, fromA);
            var right = b.find(line, fromB);
            if (left.isEmpty() || right.isEmpty()) {
                out.add("heading \"" + line + "\" is missing from the " + (left.isEmpty() ? "PDF" : "DOCX"));
                continue;
            }
            PdfLayout.Word l = left.get().get(0);
            PdfLayout.Word r = right.get().get(0);
            int rowA = a.rowIndexOf(l);
            int rowB = b.rowIndexOf(r);
            fromA = rowA + 1;
            fromB = rowB + 1;
            double lc = (l.x() + left.get().get(left.get().size() - 1).xEnd()) / 2;
            double rc = (r.x() + right.get().get(right.get().size() - 1).xEnd()) / 2;
            if (l.page() != r.page()) {
                out.add("heading \"" + line + "\" is on page " + l.page() + " in the PDF and " + r.page()
                        + " in the DOCX");
            } else if (spacingOnly) {
                double above = l.baseline() - a.rows().get(rowA - 1).baseline();
                double aboveDocx = r.baseline() - b.rows().get(rowB - 1).baseline();
                if (Math.abs(above - aboveDocx) > POSITION_TOLERANCE_PT) {
                    out.add(String.format(Locale.ROOT, "heading \"%s\" on page %d lies %.2f pt below the line"
                            + " before in the PDF and %.2f pt in the DOCX", line, l.page(), above, aboveDocx));
                }
            } else if (Math.abs(l.baseline() - r.baseline()) > POSITION_TOLERANCE_PT
                    || Math.abs(lc - rc) > POSITION_TOLERANCE_PT) {
                out.add(String.format(Locale.ROOT, "heading \"%s\" on page %d: baseline %.2f pt, centre %.2f pt"
                        + " in the PDF; baseline %.2f pt, centre %.2f pt in the DOCX", line, l.page(), l.baseline(), lc,
                        r.baseline(), rc));
            }
        }
        return out;
    }

    /**
     * Lists the pages whose page numbers the two renderings place differently: a number on one
     * and not the other, another number, or a box (left edge, right edge, baseline) more than
     * {@value #POSITION_TOLERANCE_PT} pt apart. A page number is a row of digits alone above
     * every other row of its page.
     *
     * @param pdf the PDF renderer's output
     * @param docxPdf the DOCX renderer's output converted to PDF
     * @return the disagreements, empty when the two agree
     */
    public static List<String> pageNumberDifferences(Path pdf, Path docxPdf) {
        List<PdfLayout.Page> a = PdfLayout.read(pdf).pages();
        List<PdfLayout.Page> b = PdfLayout.read(docxPdf).pages();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            var left = pageNumber(a.get(i));
            var right = pageNumber(b.get(i));
            if (left.isEmpty() != right.isEmpty()) {
                out.add("page " + (i + 1) + " shows a page number only in the " + (left.isEmpty() ? "DOCX" : "PDF"));
            } else if (left.isPresent()) {
                PdfLayout.Word l = left.get();
                PdfLayout.Word r = right.get();
                if (!l.text().equals(r.text()) || Math.abs(l.x() - r.x()) > POSITION_TOLERANCE_PT
                        || Math.abs(l.xEnd() - r.xEnd()) > POSITION_TOLERANCE_PT
                        || Math.abs(l.baseline() - r.baseline()) > POSITION_TOLERANCE_PT) {
                    out.add(String.format(Locale.ROOT, "page %d: the page number is \"%s\" at x %.2f-%.2f pt,"
                            + " baseline %.2f pt in the PDF and \"%s\" at x %.2f-%.2f pt, baseline %.2f pt in the DOCX",
                            i + 1, l.text(), l.x(), l.xEnd(), l.baseline(), r.text(), r.x(), r.xEnd(), r.baseline()));
                }
            }
        }
        return out;
    }

    private static Optional<PdfLayout.Word> pageNumber(PdfLayout.Page page) {
        if (page.rows().isEmpty()) {
            return Optional.empty();
        }
        PdfLayout.Row top = page.rows().get(0);
        return top.words().size() == 1 && top.text().matches("[0-9]+")
                ? Optional.of(top.words().get(0)) : Optional.empty();
    }

    private static Stream<BodyBlock> printedBlocks(AdministrativeDocument document) {
        // A file of appendices only prints no body of the main document.
        return Stream.concat(document.appendicesOnly() ? Stream.empty() : document.body().stream(),
                document.appendices().stream().flatMap((Appendix x) -> x.body().stream()));
    }
}
