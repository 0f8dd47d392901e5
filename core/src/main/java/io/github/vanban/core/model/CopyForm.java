// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.model;

/**
 * The forms of copy (hình thức bản sao) of Decree 30/2020/NĐ-CP, Article 25, with their
 * Appendix III abbreviations used in copy symbols ("Số: 07/SY-VP").
 */
public enum CopyForm {
    /** Sao y: a full copy of the original. */
    SAO_Y("SAO Y", "SY"),
    /** Trích sao: an extract. */
    TRICH_SAO("TRÍCH SAO", "TrS"),
    /** Sao lục: a copy of a sao-y copy. */
    SAO_LUC("SAO LỤC", "SL");

    private final String label;
    private final String abbreviation;

    CopyForm(String label, String abbreviation) {
        this.label = label;
        this.abbreviation = abbreviation;
    }

    /**
     * Returns the printed label, e.g. "SAO Y".
     *
     * @return the upper-case label
     */
    public String label() {
        return label;
    }

    /**
     * Returns the abbreviation used in copy symbols, e.g. "SY" or "TrS".
     *
     * @return the abbreviation exactly as Appendix III writes it
     */
    public String abbreviation() {
        return abbreviation;
    }
}
