// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.internal;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.model.BodyBlock;
import io.github.vanban.core.render.FontStyle;
import io.github.vanban.core.render.PageProfile;
import java.util.Arrays;

/**
 * Layout decisions that the DOCX and PDF renderers must take identically: the widths of the
 * two-column header and bottom tables, the size that lets an authority name fit its column, and
 * the lengths of the short rules. All lengths are in points.
 *
 * <p>Choices the decree leaves open (INTERPRETATION, nd30.md §1.3): the header's right column is
 * as wide as the national title plus 2 mm so the title never wraps, the left column takes the
 * rest; the bottom table gives 45 % of the text width to "Nơi nhận" and 55 % to the signer.
 *
 * <p>Vertical spacing (INTERPRETATION; the decree fixes only the body's paragraph spacing and
 * line spacing, nd30.md §2.2): the {@code GAP_…} constants, which both renderers read.
 *
 * <p>Body tables (the decree says nothing about their layout, nd30.md has no rule): each column
 * gets the width its content asks for, measured in Liberation Serif at the body size with a
 * {@value #TABLE_CELL_PADDING_MM} mm padding on each side of a cell; see {@link
 * #tableColumnWidths(BodyBlock.Table)}. Both renderers use those widths (the DOCX as a fixed
 * layout with {@code w:tblGrid}), so Word, LibreOffice and the PDF break the cells alike.
 */
public final class LayoutGeometry {
    private static final double PADDING_PT = 2 * PageProfile.PT_PER_MM;

    /**
     * The message both renderers throw for a file of appendices only ({@link
     * AdministrativeDocument#appendicesOnly()}) without any appendix.
     */
    public static final String APPENDICES_ONLY_EMPTY = "appendicesOnly is set but there are no appendices: a "
            + "file that carries only the appendices of a document (phụ lục, form 2.2) needs at least one";

    /**
     * Vertical space, in points, from the bottom of the lower header rule to the top of the "Số"
     * and place-and-date row (ô 3, ô 4). The DOCX gets it as the rule paragraph's height ({@link
     * #RULE_PARAGRAPH_PT}) plus the space before those lines.
     */
    public static final double GAP_BEFORE_NUMBER_ROW_PT = 8;

    /**
     * Height, in points, of the empty paragraph whose bottom border draws a short rule in the
     * DOCX (the PDF draws the rule inside the space of {@link #GAP_BEFORE_NUMBER_ROW_PT}).
     */
    public static final double RULE_PARAGRAPH_PT = 2;

    /** Vertical space, in points, between the "Số" line and the "V/v" subject of a công văn (ô 5b). */
    public static final double GAP_BEFORE_VV_PT = 6;

    /**
     * Vertical space, in points, between the main sections: header and type name (ô 5a), subject
     * and "Kính gửi" (ô 9a), body and bottom block, and between the blocks of the bottom table.
     */
    public static final double GAP_SECTION_PT = 12;

    /**
     * Vertical space, in points, before the first body block (ô 6), after the subject's rule or
     * "Kính gửi"; the DOCX writes it as a spacer paragraph of this exact height.
     */
    public static final double GAP_BEFORE_BODY_PT = 6;

    /**
     * Space, in points, that a centred heading (Phần, Chương, Mục, Tiểu mục; nd30.md §13.2) gets on
     * top of the paragraph spacing that separates every body block: none. The decree fixes only
     * the body's paragraph spacing (at least 6 pt, nd30.md §2.2) and, for headings, their
     * typography, so a heading is spaced like any other body paragraph (INTERPRETATION). The DOCX
     * writes this as the heading's {@code w:before}: Word adds a paragraph's space before to the
     * previous paragraph's space after, LibreOffice takes the larger of the two, so any other
     * value would also make the two applications lay the page out differently.
     */
    public static final double GAP_EXTRA_BEFORE_HEADING_PT = 0;

    /**
     * How far the page number's baseline lies below the middle of the top margin, as a fraction
     * of its size: half the height of the digits (about 0.66 em in Times New Roman and Liberation
     * Serif), so the digits sit vertically centred in the margin (INTERPRETATION of nd30.md §2.1,
     * which says only "in the top margin").
     */
    private static final double PAGE_NUMBER_DROP_EM = 0.33;

    /** Share of the text width given to the "Nơi nhận" column of the bottom table. */
    public static final double NOI_NHAN_SHARE = 0.45;

    /** Padding inside every side of a body-table cell, in millimetres. */
    public static final double TABLE_CELL_PADDING_MM = 1.5;

    /** Padding inside every side of a body-table cell, in points. */
    public static final double TABLE_CELL_PADDING_PT = TABLE_CELL_PADDING_MM * PageProfile.PT_PER_MM;

    /**
     * Room added to every measured cell width, in points, so that a word measured to fit still
     * fits once an application rounds lengths and draws the 0.5 pt cell borders (LibreOffice
     * otherwise breaks "STT" in a column exactly as wide as the word).
     */
    private static final double TABLE_SLACK_PT = 1;

    private final PageProfile profile;
    private final TextMetrics metrics;

    /**
     * Creates the geometry of one profile.
     *
     * @param profile the profile
     * @param metrics the font metrics
     */
    public LayoutGeometry(PageProfile profile, TextMetrics metrics) {
        this.profile = profile;
        this.metrics = metrics;
    }

    /**
     * Returns the width of the text area.
     *
     * @return points
     */
    public double textWidth() {
        return profile.textWidthMm() * PageProfile.PT_PER_MM;
    }

    /**
     * Returns where the page number's baseline lies (pages 2 onwards, nd30.md §2.1): its digits
     * centred vertically in the top margin.
     *
     * @param profile the profile
     * @return the distance from the top edge of the page, in points
     */
    public static double pageNumberBaselinePt(PageProfile profile) {
        return profile.marginTopMm() * PageProfile.PT_PER_MM / 2 + PAGE_NUMBER_DROP_EM * profile.pageNumberSize();
    }

    /**
     * Returns the DOCX header distance ({@code w:pgMar/@w:header}) that puts the page number's
     * baseline at {@link #pageNumberBaselinePt(PageProfile)}: a single-spaced line's first
     * baseline lies the font's ascent plus its line gap below the top of the paragraph, as
     * LibreOffice lays it out.
     *
     * @return the distance from the top edge of the page to the top of the header, in points
     */
    public double pageNumberHeaderDistancePt() {
        float size = profile.pageNumberSize();
        return pageNumberBaselinePt(profile) - metrics.firstBaseline(FontStyle.REGULAR, size);
    }

    /**
     * Returns the width of the header's right column (national title, motto, place and date).
     *
     * @return points
     */
    public double headerRightWidth() {
        double title = metrics.width(AdministrativeDocument.NATIONAL_TITLE, FontStyle.BOLD,
                profile.nationalTitleSize());
        return Math.ceil(title + PADDING_PT);
    }

    /**
     * Returns the width of the header's left column (authorities, number, "V/v").
     *
     * @return points
     */
    public double headerLeftWidth() {
        return textWidth() - headerRightWidth();
    }

    /**
     * Returns the width of the bottom table's "Nơi nhận" column.
     *
     * @return points
     */
    public double noiNhanWidth() {
        return Math.floor(textWidth() * NOI_NHAN_SHARE);
    }

    /**
     * Returns the width of the bottom table's signer column.
     *
     * @return points
     */
    public double signerWidth() {
        return textWidth() - noiNhanWidth();
    }

    /**
     * Returns the size for an authority line: the profile's size, or the decree's minimum of
     * 12 pt when that lets the line fit the header's left column; a line that fits at neither
     * wraps at the profile's size.
     *
     * @param line the upper-case authority line
     * @param bold whether it is the bold issuing-body line
     * @return the size in points
     */
    public float authoritySize(String line, boolean bold) {
        FontStyle style = bold ? FontStyle.BOLD : FontStyle.REGULAR;
        float size = profile.authoritySize();
        double room = headerLeftWidth() - PADDING_PT;
        if (metrics.width(line, style, size) <= room) {
            return size;
        }
        return metrics.width(line, style, 12) <= room ? 12 : size;
    }

    /**
     * Returns the length of the rule under the issuing body: 40 % of its last line (the decree
     * asks for 1/3 to 1/2).
     *
     * @param lineWidth the width of the issuing body's widest line in points
     * @return points
     */
    public double authorityRuleLength(double lineWidth) {
        return lineWidth * 0.4;
    }

    /**
     * Returns the length of the rule under the motto: exactly the motto's width.
     *
     * @return points
     */
    public double mottoRuleLength() {
        return metrics.width(AdministrativeDocument.MOTTO, FontStyle.BOLD, profile.mottoSize());
    }

    /**
     * Returns the width the subject (trích yếu) of a typed document wraps in: 80 % of the text
     * width, centred, so a long subject breaks into a balanced block under the type name.
     *
     * @return points
     */
    public double subjectWidth() {
        return textWidth() * 0.8;
    }

    /**
     * Returns the length of the rule under the subject of a typed document: 40 % of the
     * subject's width, at most 1/2 of the text width.
     *
     * @param subjectLineWidth the width of the subject's widest line in points
     * @return points
     */
    public double subjectRuleLength(double subjectLineWidth) {
        return Math.min(subjectLineWidth, textWidth()) * 0.4;
    }

    /**
     * Returns the widths of a body table's columns, summing to the text width: each column's
     * natural width is its widest cell on one line, its minimum its longest word (both plus the
     * cell padding and 1 pt of slack; header rows measured bold). When the natural widths fit, the spare width is
     * shared equally; otherwise every column gets its minimum and the rest of the text width is
     * shared in proportion to how much more each would like (natural minus minimum). Columns whose
     * minima alone overflow keep their minima (the table is then wider than the text area).
     *
     * @param table the table
     * @return the column widths in points, left to right
     */
    public double[] tableColumnWidths(BodyBlock.Table table) {
        float size = profile.bodySize();
        int n = table.columns();
        double[] natural = new double[n];
        double[] minimum = new double[n];
        double room = 2 * TABLE_CELL_PADDING_PT + TABLE_SLACK_PT;
        for (int r = 0; r < table.rows().size(); r++) {
            FontStyle style = r < table.headerRows() ? FontStyle.BOLD : FontStyle.REGULAR;
            for (int c = 0; c < n; c++) {
                String cell = table.rows().get(r).get(c);
                natural[c] = Math.max(natural[c], metrics.width(cell, style, size) + room);
                for (String word : cell.split(" ")) {
                    minimum[c] = Math.max(minimum[c], metrics.width(word, style, size) + room);
                }
            }
        }
        double width = textWidth();
        double total = Arrays.stream(natural).sum();
        double[] widths = new double[n];
        if (total <= width) {
            double extra = (width - total) / n;
            for (int i = 0; i < n; i++) {
                widths[i] = natural[i] + extra;
            }
            return widths;
        }
        double minTotal = Arrays.stream(minimum).sum();
        double spare = Math.max(0, width - minTotal);
        double flex = Math.max(1e-3, total - minTotal);
        for (int i = 0; i < n; i++) {
            widths[i] = minimum[i] + spare * (natural[i] - minimum[i]) / flex;
        }
        return widths;
    }
}
