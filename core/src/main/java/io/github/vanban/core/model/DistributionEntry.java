// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.model;

import io.github.vanban.core.text.VietnameseText;
import java.util.List;
import java.util.Objects;

/**
 * One entry of the "Nơi nhận" list (ô 9b): a single recipient, or a group of recipients that
 * share a purpose note such as "(B/c)" (báo cáo) or "(Đ/b)".
 */
public sealed interface DistributionEntry permits DistributionEntry.Recipient, DistributionEntry.Group {
    /**
     * One recipient, printed "- Bộ Nội vụ;".
     *
     * @param name the recipient, without the leading hyphen and the trailing semicolon
     */
    record Recipient(String name) implements DistributionEntry {
        /** Creates a recipient, normalising its name. */
        public Recipient {
            name = VietnameseText.nfc(Objects.requireNonNull(name, "name"));
        }
    }

    /**
     * Recipients sharing one purpose note; the note is printed beside the group.
     *
     * @param names the recipients, at least one
     * @param note the shared note, e.g. "(B/c)"
     */
    record Group(List<String> names, String note) implements DistributionEntry {
        /** Creates a group, normalising its texts. */
        public Group {
            names = VietnameseText.nfc(List.copyOf(names));
            note = VietnameseText.nfc(Objects.requireNonNull(note, "note"));
            if (names.isEmpty()) {
                throw new IllegalArgumentException("a Nơi nhận group needs at least one recipient");
            }
        }
    }
}
