// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.parse;

import org.apiguardian.api.API;

/**
 * Where a field was read: the half-open range {@code [start, end)} of character offsets into
 * {@link IncomingDocument#text()}.
 *
 * @param start the offset of the first character, 0 or more
 * @param end the offset after the last character, at least {@code start}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record TextSpan(int start, int end) {
    /**
     * Creates a span.
     *
     * @throws IllegalArgumentException if {@code start} is negative or {@code end < start}
     */
    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span must satisfy 0 <= start <= end, was [" + start + ", " + end + ")");
        }
    }

    /**
     * Returns the spanned text.
     *
     * @param text the text the offsets refer to, normally {@link IncomingDocument#text()}
     * @return {@code text.substring(start, end)}
     * @throws IndexOutOfBoundsException if the span lies outside {@code text}
     */
    public String of(String text) {
        return text.substring(start, end);
    }

    /**
     * Returns the number of characters spanned.
     *
     * @return {@code end - start}
     */
    public int length() {
        return end - start;
    }
}
