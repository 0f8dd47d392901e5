// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.model;

/**
 * The confidentiality levels (độ mật) printed in ô 10a. The stamp design belongs to the
 * state-secrets legislation; Decree 30/2020/NĐ-CP only fixes the box.
 */
public enum Confidentiality {
    /** Mật: confidential. */
    MAT("MẬT"),
    /** Tối mật: secret. */
    TOI_MAT("TỐI MẬT"),
    /** Tuyệt mật: top secret. */
    TUYET_MAT("TUYỆT MẬT");

    private final String label;

    Confidentiality(String label) {
        this.label = label;
    }

    /**
     * Returns the printed text, e.g. "TỐI MẬT".
     *
     * @return the upper-case label
     */
    public String label() {
        return label;
    }
}
