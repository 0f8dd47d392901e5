// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.model;

import io.github.vanban.core.text.VietnameseText;
import java.util.Objects;

/**
 * One layer of signing authority: a capacity and the collective body or head position it
 * refers to, printed as "KT. GIÁM ĐỐC" (Decree 30/2020/NĐ-CP, Appendix I, II.7.a).
 *
 * @param capacity TM, KT, Q, TL or TUQ
 * @param authority the collective body (after TM.) or the head's position (after KT., Q., TL.,
 *     TUQ.); may be blank in a document that fails validation
 */
public record Delegation(SigningCapacity capacity, String authority) {
    /** Creates a layer, normalising the authority to NFC. */
    public Delegation {
        Objects.requireNonNull(capacity, "capacity");
        authority = VietnameseText.nfc(Objects.requireNonNull(authority, "authority"));
    }

    /**
     * Returns the printed line, e.g. "KT. GIÁM ĐỐC".
     *
     * @return the prefix and the upper-cased authority
     */
    public String line() {
        return capacity.prefix() + " " + VietnameseText.upper(authority);
    }
}
