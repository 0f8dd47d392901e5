// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.model;

/**
 * The urgency levels (mức độ khẩn) of Decree 30/2020/NĐ-CP, Appendix I, III.2, printed in
 * ô 10b as bold red text in a single-border box of the stated size.
 */
public enum Urgency {
    /** Khẩn: urgent, box 20 × 8 mm. */
    KHAN("KHẨN", 20),
    /** Thượng khẩn: very urgent, box 40 × 8 mm. */
    THUONG_KHAN("THƯỢNG KHẨN", 40),
    /** Hỏa tốc: immediate, box 30 × 8 mm. */
    HOA_TOC("HỎA TỐC", 30);

    private final String label;
    private final int boxWidthMm;

    Urgency(String label, int boxWidthMm) {
        this.label = label;
        this.boxWidthMm = boxWidthMm;
    }

    /**
     * Returns the printed text, e.g. "HỎA TỐC".
     *
     * @return the upper-case label
     */
    public String label() {
        return label;
    }

    /**
     * Returns the width of the stamp box in millimetres; its height is always 8 mm.
     *
     * @return the box width in mm
     */
    public int boxWidthMm() {
        return boxWidthMm;
    }
}
