// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.pdf;

import io.github.vanban.core.render.FontStyle;
import java.util.Optional;

/**
 * One drawing operation of a laid-out row. Coordinates are points; x from the page's left edge,
 * y downward from the top of the row.
 */
sealed interface Op {

    /** The red of urgency and circulation stamps (Decree 30, Appendix I, III: "màu đỏ tươi"). */
    int RED = 0xE00000;

    /** Black. */
    int BLACK = 0x000000;

    /**
     * A line of text in one face: drawn as one TJ array whose spaces are widened by {@code
     * extraPerSpace} to justify it (Tw has no effect on Type 0 fonts).
     *
     * @param tag the structure element the text belongs to; empty for a pagination artifact
     */
    record Text(float x, float baseline, String text, FontStyle style, float size, float extraPerSpace,
            int color, Optional<Tag> tag) implements Op {}

    /** A horizontal rule (decorative: an artifact). */
    record Rule(float x1, float y, float x2, float thickness, int color) implements Op {}

    /** A stroked rectangle (stamp border, table cell border): an artifact. */
    record Box(float x, float y, float width, float height, float thickness, int color) implements Op {}

    /** A right curly brace spanning a group of "Nơi nhận" lines: an artifact. */
    record Brace(float x, float top, float bottom, float width) implements Op {}

    /** An empty form field whose widget sits at the rectangle. */
    record Field(String name, boolean signature, float x, float y, float width, float height,
            float fontSize, FontStyle style) implements Op {}
}
