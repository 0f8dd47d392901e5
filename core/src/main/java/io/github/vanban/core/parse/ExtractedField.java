// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.parse;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One Decree 30 component found in an incoming document: its value, where it was read, and how
 * sure the reader is.
 *
 * <p>The confidence is a heuristic score, not a probability: 1.0 means the text matched the
 * decree's wording where the decree puts it; lower values mean a tolerated variant (legacy
 * abbreviation, no capacity prefix, a value inferred from another component). Values below 0.5
 * deserve a clerk's look.
 *
 * @param <T> the value type
 * @param value the value read
 * @param span where in {@link IncomingDocument#text()} it was read; for components printed on
 *     several lines, from the first to the last character used
 * @param confidence 0 to 1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ExtractedField<T>(T value, TextSpan span, double confidence) {
    /**
     * Creates a field.
     *
     * @throws IllegalArgumentException if the confidence is outside 0..1
     */
    public ExtractedField {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(span, "span");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1, was " + confidence);
        }
    }
}
