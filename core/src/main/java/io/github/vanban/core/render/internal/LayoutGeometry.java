// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.internal;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.render.FontStyle;
import io.github.vanban.core.render.PageProfile;

/**
 * Layout decisions that the DOCX and PDF renderers must take identically: the widths of the
 * two-column header and bottom tables, the size that lets an authority name fit its column, and
 * the lengths of the short rules. All lengths are in points.
 *
 * <p>Choices the decree leaves open (INTERPRETATION, nd30.md §1.3): the header's right column is
 * as wide as the national title plus 2 mm so the title never wraps, the left column takes the
 * rest; the bottom table gives 45 % of the text width to "Nơi nhận" and 55 % to the signer.
 */
public final class LayoutGeometry {
    private static final double PADDING_PT = 2 * PageProfile.PT_PER_MM;

    /**
     * The message both renderers throw for a file of appendices only ({@link
     * AdministrativeDocument#appendicesOnly()}) without any appendix.
     */
    public static final String APPENDICES_ONLY_EMPTY = "appendicesOnly is set but there are no appendices: a "
            + "file that carries only the appendices of a document (phụ lục, form 2.2) needs at least one";

    /** Share of the text width given to the "Nơi nhận" column of the bottom table. */
    public static final double NOI_NHAN_SHARE = 0.45;

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
     * Returns the length of the rule under the subject of a typed document: 40 % of the
     * subject's width, at most 1/2 of the text width.
     *
     * @param subjectLineWidth the width of the subject's widest line in points
     * @return points
     */
    public double subjectRuleLength(double subjectLineWidth) {
        return Math.min(subjectLineWidth, textWidth()) * 0.4;
    }
}
