// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.model;

import io.github.vanban.core.text.VietnameseText;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An appendix (phụ lục) printed after the document, starting on a new page with its own page
 * numbering (Decree 30/2020/NĐ-CP, Appendix I, III.1).
 *
 * @param number the Roman number when there are several appendices ("I", "II"), else empty
 * @param title the title, printed in capitals, if any
 * @param body the content
 */
public record Appendix(Optional<String> number, Optional<String> title, List<BodyBlock> body) {
    /** Creates an appendix. */
    public Appendix {
        number = Objects.requireNonNull(number, "number").map(VietnameseText::nfc).filter(s -> !s.isEmpty());
        title = Objects.requireNonNull(title, "title").map(VietnameseText::nfc).filter(s -> !s.isEmpty());
        body = List.copyOf(body);
    }

    /**
     * Returns the heading line, "Phụ lục" or "Phụ lục II".
     *
     * @return the heading
     */
    public String heading() {
        return number.map(n -> "Phụ lục " + n).orElse("Phụ lục");
    }
}
