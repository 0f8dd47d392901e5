// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.model;

import io.github.vanban.core.text.VietnameseText;
import java.util.ArrayList;
import java.util.List;

/**
 * The "Kính gửi" part (ô 9a) of Decree 30/2020/NĐ-CP, Appendix I, II.9.a: the bodies or persons
 * who must act on the document (the JSON field {@code recipients}).
 *
 * <p>One addressee is printed on the label's line ("Kính gửi: Bộ Nội vụ"); several are printed one
 * per line, each starting with "- " and ending with ";", the last with ".", aligned under the
 * colon.
 *
 * @param names the addressees, in order
 */
public record Addressees(List<String> names) {
    /** The label, with its colon. */
    public static final String LABEL = "Kính gửi:";

    /** Creates the part, normalising every name. */
    public Addressees {
        names = VietnameseText.nfc(List.copyOf(names));
    }

    /**
     * Tells whether there is no addressee (the document prints no "Kính gửi").
     *
     * @return {@code true} when empty
     */
    public boolean isEmpty() {
        return names.isEmpty();
    }

    /**
     * Tells whether the single addressee shares the label's line.
     *
     * @return {@code true} for exactly one addressee
     */
    public boolean isInline() {
        return names.size() == 1;
    }

    /**
     * Returns the lines printed after the label: for one addressee the name itself; for several,
     * "- A;" … "- Z.".
     *
     * @return the addressee lines
     */
    public List<String> lines() {
        if (names.size() == 1) {
            return List.of(names.get(0));
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            lines.add("- " + names.get(i) + (i == names.size() - 1 ? "." : ";"));
        }
        return List.copyOf(lines);
    }
}
