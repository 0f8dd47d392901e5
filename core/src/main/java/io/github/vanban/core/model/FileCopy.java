// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.model;

import io.github.vanban.core.text.VietnameseText;
import java.util.List;
import java.util.OptionalInt;

/**
 * The closing "Lưu" line of the "Nơi nhận" list (Decree 30/2020/NĐ-CP, Appendix I, II.9.b):
 * "- Lưu: VT, VP (2)." — the records office (VT), the drafting unit, and the number of copies
 * kept.
 *
 * @param units the keepers, normally "VT" then the drafting unit's abbreviation
 * @param copies the number of copies kept, if stated
 */
public record FileCopy(List<String> units, OptionalInt copies) {
    /** Creates the line, normalising the unit names. */
    public FileCopy {
        units = VietnameseText.nfc(List.copyOf(units));
        if (copies.isPresent() && copies.getAsInt() < 1) {
            throw new IllegalArgumentException("copies must be 1 or more, was " + copies.getAsInt());
        }
    }

    /**
     * Returns the text after the hyphen, e.g. "Lưu: VT, VP (2)".
     *
     * @return the line without hyphen or full stop
     */
    public String text() {
        return "Lưu: " + String.join(", ", units)
                + (copies.isPresent() ? " (" + copies.getAsInt() + ")" : "");
    }
}
