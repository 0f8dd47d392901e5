// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render;

import java.util.Locale;

/**
 * The page geometry and typography of a rendered document, shared by the DOCX and PDF renderers so
 * both print the same layout (Decree 30/2020/NĐ-CP, Appendix I, Part I, sections I–IV).
 *
 * <p>{@link #defaults()} is the profile of nd30.md §2.4: A4 portrait, margins 20/20/30/15 mm,
 * national title 13, motto 14, authorities 13, "Số" 13, place and date 14 italic, type name and
 * subject 14 bold, "V/v" 12, body 14, "Kính gửi" 14, signer block 14, "Nơi nhận" 12 and 11. The
 * {@linkplain #builder() builder} accepts other values only inside the decree's ranges and names
 * the value and the range when one is outside.
 *
 * @param landscape whether the page is A4 landscape (allowed for documents with wide tables)
 * @param marginTopMm top margin, 20–25 mm
 * @param marginBottomMm bottom margin, 20–25 mm
 * @param marginLeftMm left margin, 30–35 mm
 * @param marginRightMm right margin, 15–20 mm
 * @param nationalTitleSize Quốc hiệu, 12–13 pt
 * @param mottoSize Tiêu ngữ, 13–14 pt
 * @param authoritySize parent and issuing body, 12–13 pt
 * @param numberSize "Số", fixed 13 pt
 * @param placeDateSize place and date, 13–14 pt
 * @param typeNameSize type name, 13–14 pt
 * @param subjectSize subject under the type name, 13–14 pt
 * @param vvSize "V/v" subject of a công văn, 12–13 pt
 * @param bodySize body, 13–14 pt
 * @param kinhGuiSize "Kính gửi", 13–14 pt
 * @param signerSize signer block, 13–14 pt
 * @param noiNhanLabelSize "Nơi nhận:" label, fixed 12 pt
 * @param noiNhanItemSize "Nơi nhận" items and drafter code, fixed 11 pt
 * @param contactSize contact line (ô 13), 11–12 pt
 * @param pageNumberSize page numbers, 13–14 pt
 * @param stampSize urgency and circulation stamps, 13–14 pt
 * @param firstLineIndentMm body first-line indent, 10 or 12.7 mm
 * @param paragraphSpacingPt space between body paragraphs, at least 6 pt (at most 24)
 * @param lineSpacing line spacing as a multiple of single, 1.0–1.5
 * @param signatureSpaceMm room for signature and seal between title lines and name, 20–60 mm
 */
public record PageProfile(
        boolean landscape,
        double marginTopMm,
        double marginBottomMm,
        double marginLeftMm,
        double marginRightMm,
        float nationalTitleSize,
        float mottoSize,
        float authoritySize,
        float numberSize,
        float placeDateSize,
        float typeNameSize,
        float subjectSize,
        float vvSize,
        float bodySize,
        float kinhGuiSize,
        float signerSize,
        float noiNhanLabelSize,
        float noiNhanItemSize,
        float contactSize,
        float pageNumberSize,
        float stampSize,
        double firstLineIndentMm,
        float paragraphSpacingPt,
        float lineSpacing,
        double signatureSpaceMm) {

    /** A4 width in millimetres. */
    public static final double A4_WIDTH_MM = 210;

    /** A4 height in millimetres. */
    public static final double A4_HEIGHT_MM = 297;

    /** Points per millimetre. */
    public static final double PT_PER_MM = 72 / 25.4;

    private static final PageProfile DEFAULTS = new Builder().build();

    /** Creates a profile, checking every value against the decree's range. */
    public PageProfile {
        range("marginTopMm", marginTopMm, 20, 25);
        range("marginBottomMm", marginBottomMm, 20, 25);
        range("marginLeftMm", marginLeftMm, 30, 35);
        range("marginRightMm", marginRightMm, 15, 20);
        range("nationalTitleSize", nationalTitleSize, 12, 13);
        range("mottoSize", mottoSize, 13, 14);
        range("authoritySize", authoritySize, 12, 13);
        range("numberSize", numberSize, 13, 13);
        range("placeDateSize", placeDateSize, 13, 14);
        range("typeNameSize", typeNameSize, 13, 14);
        range("subjectSize", subjectSize, 13, 14);
        range("vvSize", vvSize, 12, 13);
        range("bodySize", bodySize, 13, 14);
        range("kinhGuiSize", kinhGuiSize, 13, 14);
        range("signerSize", signerSize, 13, 14);
        range("noiNhanLabelSize", noiNhanLabelSize, 12, 12);
        range("noiNhanItemSize", noiNhanItemSize, 11, 11);
        range("contactSize", contactSize, 11, 12);
        range("pageNumberSize", pageNumberSize, 13, 14);
        range("stampSize", stampSize, 13, 14);
        if (firstLineIndentMm != 10 && firstLineIndentMm != 12.7) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "firstLineIndentMm must be 10 or 12.7 (Decree 30: 1 cm or 1.27 cm), was %s",
                    firstLineIndentMm));
        }
        range("paragraphSpacingPt", paragraphSpacingPt, 6, 24);
        range("lineSpacing", lineSpacing, 1.0, 1.5);
        range("signatureSpaceMm", signatureSpaceMm, 20, 60);
    }

    private static void range(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s must be %s, was %s",
                    name,
                    min == max ? "exactly " + fmt(min) : "between " + fmt(min) + " and " + fmt(max)
                            + " (Decree 30/2020/NĐ-CP, Appendix I)",
                    fmt(value)));
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /**
     * Returns the default profile (nd30.md §2.4).
     *
     * @return the shared default profile
     */
    public static PageProfile defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a builder starting from the defaults.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder starting from this profile.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Returns the paper width.
     *
     * @return millimetres
     */
    public double pageWidthMm() {
        return landscape ? A4_HEIGHT_MM : A4_WIDTH_MM;
    }

    /**
     * Returns the paper height.
     *
     * @return millimetres
     */
    public double pageHeightMm() {
        return landscape ? A4_WIDTH_MM : A4_HEIGHT_MM;
    }

    /**
     * Returns the width of the text area between the margins.
     *
     * @return millimetres
     */
    public double textWidthMm() {
        return pageWidthMm() - marginLeftMm - marginRightMm;
    }

    /** Builds a {@link PageProfile}; starts from the defaults. */
    public static final class Builder {
        private boolean landscape;
        private double marginTopMm = 20;
        private double marginBottomMm = 20;
        private double marginLeftMm = 30;
        private double marginRightMm = 15;
        private float nationalTitleSize = 13;
        private float mottoSize = 14;
        private float authoritySize = 13;
        private float numberSize = 13;
        private float placeDateSize = 14;
        private float typeNameSize = 14;
        private float subjectSize = 14;
        private float vvSize = 12;
        private float bodySize = 14;
        private float kinhGuiSize = 14;
        private float signerSize = 14;
        private float noiNhanLabelSize = 12;
        private float noiNhanItemSize = 11;
        private float contactSize = 11;
        private float pageNumberSize = 14;
        private float stampSize = 13;
        private double firstLineIndentMm = 10;
        private float paragraphSpacingPt = 6;
        private float lineSpacing = 1.0f;
        private double signatureSpaceMm = 25;

        private Builder() {}

        private Builder(PageProfile p) {
            landscape = p.landscape;
            marginTopMm = p.marginTopMm;
            marginBottomMm = p.marginBottomMm;
            marginLeftMm = p.marginLeftMm;
            marginRightMm = p.marginRightMm;
            nationalTitleSize = p.nationalTitleSize;
            mottoSize = p.mottoSize;
            authoritySize = p.authoritySize;
            numberSize = p.numberSize;
            placeDateSize = p.placeDateSize;
            typeNameSize = p.typeNameSize;
            subjectSize = p.subjectSize;
            vvSize = p.vvSize;
            bodySize = p.bodySize;
            kinhGuiSize = p.kinhGuiSize;
            signerSize = p.signerSize;
            noiNhanLabelSize = p.noiNhanLabelSize;
            noiNhanItemSize = p.noiNhanItemSize;
            contactSize = p.contactSize;
            pageNumberSize = p.pageNumberSize;
            stampSize = p.stampSize;
            firstLineIndentMm = p.firstLineIndentMm;
            paragraphSpacingPt = p.paragraphSpacingPt;
            lineSpacing = p.lineSpacing;
            signatureSpaceMm = p.signatureSpaceMm;
        }

        /** @param v whether landscape @return this builder */
        public Builder landscape(boolean v) { landscape = v; return this; }
        /** @param v top margin in mm, 20–25 @return this builder */
        public Builder marginTopMm(double v) { marginTopMm = v; return this; }
        /** @param v bottom margin in mm, 20–25 @return this builder */
        public Builder marginBottomMm(double v) { marginBottomMm = v; return this; }
        /** @param v left margin in mm, 30–35 @return this builder */
        public Builder marginLeftMm(double v) { marginLeftMm = v; return this; }
        /** @param v right margin in mm, 15–20 @return this builder */
        public Builder marginRightMm(double v) { marginRightMm = v; return this; }
        /** @param v national title size, 12–13 @return this builder */
        public Builder nationalTitleSize(float v) { nationalTitleSize = v; return this; }
        /** @param v motto size, 13–14 @return this builder */
        public Builder mottoSize(float v) { mottoSize = v; return this; }
        /** @param v authority size, 12–13 @return this builder */
        public Builder authoritySize(float v) { authoritySize = v; return this; }
        /** @param v "Số" size, 13 @return this builder */
        public Builder numberSize(float v) { numberSize = v; return this; }
        /** @param v place and date size, 13–14 @return this builder */
        public Builder placeDateSize(float v) { placeDateSize = v; return this; }
        /** @param v type name size, 13–14 @return this builder */
        public Builder typeNameSize(float v) { typeNameSize = v; return this; }
        /** @param v subject size, 13–14 @return this builder */
        public Builder subjectSize(float v) { subjectSize = v; return this; }
        /** @param v "V/v" size, 12–13 @return this builder */
        public Builder vvSize(float v) { vvSize = v; return this; }
        /** @param v body size, 13–14 @return this builder */
        public Builder bodySize(float v) { bodySize = v; return this; }
        /** @param v "Kính gửi" size, 13–14 @return this builder */
        public Builder kinhGuiSize(float v) { kinhGuiSize = v; return this; }
        /** @param v signer block size, 13–14 @return this builder */
        public Builder signerSize(float v) { signerSize = v; return this; }
        /** @param v "Nơi nhận:" size, 12 @return this builder */
        public Builder noiNhanLabelSize(float v) { noiNhanLabelSize = v; return this; }
        /** @param v "Nơi nhận" item size, 11 @return this builder */
        public Builder noiNhanItemSize(float v) { noiNhanItemSize = v; return this; }
        /** @param v contact line size, 11–12 @return this builder */
        public Builder contactSize(float v) { contactSize = v; return this; }
        /** @param v page number size, 13–14 @return this builder */
        public Builder pageNumberSize(float v) { pageNumberSize = v; return this; }
        /** @param v stamp text size, 13–14 @return this builder */
        public Builder stampSize(float v) { stampSize = v; return this; }
        /** @param v first-line indent, 10 or 12.7 mm @return this builder */
        public Builder firstLineIndentMm(double v) { firstLineIndentMm = v; return this; }
        /** @param v space between paragraphs, 6–24 pt @return this builder */
        public Builder paragraphSpacingPt(float v) { paragraphSpacingPt = v; return this; }
        /** @param v line spacing multiple, 1.0–1.5 @return this builder */
        public Builder lineSpacing(float v) { lineSpacing = v; return this; }
        /** @param v room for signature and seal, 20–60 mm @return this builder */
        public Builder signatureSpaceMm(double v) { signatureSpaceMm = v; return this; }

        /**
         * Builds the profile.
         *
         * @return the profile
         * @throws IllegalArgumentException naming the value outside the decree's range
         */
        public PageProfile build() {
            return new PageProfile(landscape, marginTopMm, marginBottomMm, marginLeftMm, marginRightMm,
                    nationalTitleSize, mottoSize, authoritySize, numberSize, placeDateSize, typeNameSize,
                    subjectSize, vvSize, bodySize, kinhGuiSize, signerSize, noiNhanLabelSize, noiNhanItemSize,
                    contactSize, pageNumberSize, stampSize, firstLineIndentMm, paragraphSpacingPt, lineSpacing,
                    signatureSpaceMm);
        }
    }
}
