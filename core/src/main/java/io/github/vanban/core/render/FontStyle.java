// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render;

/** The four faces of the document font (Times New Roman or a metric-compatible face). */
public enum FontStyle {
    /** Upright, regular weight. */
    REGULAR,
    /** Upright, bold. */
    BOLD,
    /** Italic, regular weight. */
    ITALIC,
    /** Italic, bold. */
    BOLD_ITALIC;

    /**
     * Returns the face with the given weight and slant.
     *
     * @param bold whether bold
     * @param italic whether italic
     * @return the face
     */
    public static FontStyle of(boolean bold, boolean italic) {
        return bold ? (italic ? BOLD_ITALIC : BOLD) : (italic ? ITALIC : REGULAR);
    }

    /**
     * Tells whether the face is bold.
     *
     * @return {@code true} for the bold faces
     */
    public boolean isBold() {
        return this == BOLD || this == BOLD_ITALIC;
    }

    /**
     * Tells whether the face is italic.
     *
     * @return {@code true} for the italic faces
     */
    public boolean isItalic() {
        return this == ITALIC || this == BOLD_ITALIC;
    }
}
