// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.docx;

import io.github.vanban.core.render.PageProfile;

/**
 * Small writer for WordprocessingML text: escaping, unit conversion and the few element shapes
 * the composer repeats. Builds plain strings that docx4j unmarshals once per render.
 */
final class Wml {
    static final String NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String NAMESPACES = "xmlns:w=\"" + NS_W + "\" xmlns:r=\"" + NS_R + "\"";

    private final StringBuilder out = new StringBuilder(8192);

    Wml append(String xml) {
        out.append(xml);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** Escapes text for element content and attribute values. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    // Control characters other than tab are not allowed in XML 1.0.
                    if (c >= 0x20 || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** Points to twentieths of a point (twips). */
    static long twips(double points) {
        return Math.round(points * 20);
    }

    /** Millimetres to twips. */
    static long mmToTwips(double mm) {
        return Math.round(mm * PageProfile.PT_PER_MM * 20);
    }

    /** Points to half-points, the unit of {@code w:sz}. */
    static long halfPoints(float points) {
        return Math.round(points * 2);
    }

    /** A {@code w:t} with preserved spaces. */
    static String text(String text) {
        return "<w:t xml:space=\"preserve\">" + escape(text) + "</w:t>";
    }

    /** A run with optional direct run properties (already serialised, may be empty). */
    static String run(String rPr, String text) {
        return "<w:r>" + (rPr.isEmpty() ? "" : "<w:rPr>" + rPr + "</w:rPr>") + text(text) + "</w:r>";
    }

    /** A plain run. */
    static String run(String text) {
        return run("", text);
    }

    /** A paragraph with a style, extra paragraph properties (may be empty) and content. */
    static String paragraph(String styleId, String pPr, String content) {
        return "<w:p><w:pPr><w:pStyle w:val=\"" + styleId + "\"/>" + pPr + "</w:pPr>" + content + "</w:p>";
    }

    /** Left and right indents, in twips. */
    static String indent(long left, long right) {
        return "<w:ind w:left=\"" + left + "\" w:right=\"" + right + "\"/>";
    }

    /** A left indent with a hanging first line, in twips. */
    static String hanging(long left, long hanging) {
        return "<w:ind w:left=\"" + left + "\" w:hanging=\"" + hanging + "\"/>";
    }

    /** A run property for a size that differs from the style's. */
    static String size(float points) {
        long hp = halfPoints(points);
        return "<w:sz w:val=\"" + hp + "\"/><w:szCs w:val=\"" + hp + "\"/>";
    }
}
