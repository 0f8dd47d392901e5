// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.model;

/**
 * Levels of the body's structure headings (Decree 30/2020/NĐ-CP, Appendix I, II.6): a label line
 * ("Phần I", "Chương I", "Mục 1", "Tiểu mục 1") centred in bold, and the title in capitals on the
 * next line. {@link #SECTION} is the "I. TITLE" heading of reports and plans without articles.
 */
public enum HeadingLevel {
    /** Phần, numbered with Roman numerals. */
    PHAN("Phần"),
    /** Chương, numbered with Roman numerals. */
    CHUONG("Chương"),
    /** Mục, numbered with Arabic numerals. */
    MUC("Mục"),
    /** Tiểu mục, numbered with Arabic numerals. */
    TIEU_MUC("Tiểu mục"),
    /** A Roman-numbered section of a report, "I. TITLE", bold, left-aligned with the indent. */
    SECTION("");

    private final String label;

    HeadingLevel(String label) {
        this.label = label;
    }

    /**
     * Returns the word before the number, e.g. "Chương"; empty for {@link #SECTION}.
     *
     * @return the label word
     */
    public String label() {
        return label;
    }
}
