// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.model;

import io.github.vanban.core.text.VietnameseText;
import java.util.Objects;

/**
 * The drafter's code and the number of copies issued (ô 12), printed "PL.(300)" at the end of
 * the "Nơi nhận" block (Decree 30/2020/NĐ-CP, Appendix I, III.3).
 *
 * @param initials the drafter's initials in capitals, e.g. "PL"
 * @param copiesIssued the number of copies issued
 */
public record DrafterCode(String initials, int copiesIssued) {
    /** Creates the code. */
    public DrafterCode {
        initials = VietnameseText.nfc(Objects.requireNonNull(initials, "initials"));
        if (copiesIssued < 1) {
            throw new IllegalArgumentException("copiesIssued must be 1 or more, was " + copiesIssued);
        }
    }

    /**
     * Returns the printed code, e.g. "PL.(300)".
     *
     * @return the text of ô 12
     */
    public String text() {
        return initials + ".(" + copiesIssued + ")";
    }
}
