// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.internal;

import io.github.vanban.core.render.FontStyle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Advance widths of Liberation Serif, which has the metrics of Times New Roman, shared by the DOCX
 * renderer (lengths of the short rules) and the PDF layout (line breaking), so both agree.
 *
 * <p>Widths are read once into immutable tables, so instances are thread-safe.
 */
public final class TextMetrics {
    /** Code points below this bound are tabulated; Vietnamese needs up to U+1EF9, ₫ U+20AB. */
    private static final int LIMIT = 0x2200;

    private static final String[] RESOURCES = {
        "liberation/LiberationSerif-Regular.ttf",
        "liberation/LiberationSerif-Bold.ttf",
        "liberation/LiberationSerif-Italic.ttf",
        "liberation/LiberationSerif-BoldItalic.ttf",
    };

    private static final TextMetrics LIBERATION = load();

    private final Map<FontStyle, Face> faces;

    private record Face(int[] widths, float unitsPerEm, float ascent, float descent, float lineGap) {}

    private TextMetrics(Map<FontStyle, Face> faces) {
        this.faces = faces;
    }

    /**
     * Returns the metrics of the bundled Liberation Serif faces.
     *
     * @return the shared instance
     */
    public static TextMetrics liberationSerif() {
        return LIBERATION;
    }

    /**
     * Reads the advance widths of a TrueType font.
     *
     * @param font the font
     * @return the width table in font units, -1 for unmapped code points
     * @throws IOException if a table cannot be read
     */
    static int[] widthTable(TrueTypeFont font) throws IOException {
        CmapLookup cmap = font.getUnicodeCmapLookup();
        int[] widths = new int[LIMIT];
        for (int cp = 0; cp < LIMIT; cp++) {
            int gid = cmap.getGlyphId(cp);
            widths[cp] = gid == 0 ? -1 : font.getAdvanceWidth(gid);
        }
        return widths;
    }

    private static TextMetrics load() {
        Map<FontStyle, TrueTypeFont> fonts = new EnumMap<>(FontStyle.class);
        FontStyle[] styles = FontStyle.values();
        try {
            for (int i = 0; i < styles.length; i++) {
                try (InputStream in = TextMetrics.class.getClassLoader().getResourceAsStream(RESOURCES[i])) {
                    if (in == null) {
                        throw new IllegalStateException("font resource " + RESOURCES[i]
                                + " is missing: add com.github.librepdf:openpdf-fonts-extra to the class path");
                    }
                    fonts.put(styles[i], new TTFParser().parse(new RandomAccessReadBuffer(in)));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read font " + RESOURCES[i], e);
                }
            }
            return of(fonts);
        } finally {
            for (TrueTypeFont font : fonts.values()) {
                try {
                    font.close();
                } catch (IOException e) {
                    // read-only buffer: nothing to release
                }
            }
        }
    }

    /**
     * Reads the metrics of four faces of a font family, e.g. Times New Roman supplied by the user
     * to the PDF renderer, so layout measures with the font that is embedded.
     *
     * @param fonts one font per face; the fonts are read, not kept or closed
     * @return the metrics
     * @throws UncheckedIOException if a table cannot be read
     * @throws IllegalArgumentException if a face is missing
     */
    public static TextMetrics of(Map<FontStyle, TrueTypeFont> fonts) {
        Map<FontStyle, Face> faces = new EnumMap<>(FontStyle.class);
        for (FontStyle style : FontStyle.values()) {
            TrueTypeFont font = fonts.get(style);
            if (font == null) {
                throw new IllegalArgumentException("no font for face " + style);
            }
            try {
                var hhea = font.getHorizontalHeader();
                faces.put(style, new Face(
                        widthTable(font),
                        font.getUnitsPerEm(),
                        hhea.getAscender(),
                        hhea.getDescender(),
                        hhea.getLineGap()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the metrics of face " + style, e);
            }
        }
        return new TextMetrics(Map.copyOf(faces));
    }

    /**
     * Returns the width of {@code text} set in {@code style} at {@code size} points, without
     * kerning (as Word and LibreOffice set text by default).
     *
     * @param text NFC text
     * @param style the face
     * @param size the size in points
     * @return the width in points
     * @throws IllegalArgumentException naming the first character the font lacks
     */
    public float width(String text, FontStyle style, float size) {
        Face face = faces.get(style);
        long units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = cp < LIMIT ? face.widths[cp] : -1;
            if (w < 0) {
                throw new IllegalArgumentException(String.format(
                        "character U+%04X '%s' at index %d of \"%s\" is not in the font",
                        cp, new String(Character.toChars(cp)), i, text));
            }
            units += w;
            i += Character.charCount(cp);
        }
        return units * size / face.unitsPerEm;
    }

    /**
     * Tells whether the font has a glyph for the code point.
     *
     * @param codePoint a Unicode code point
     * @return {@code true} if it can be set
     */
    public boolean canDisplay(int codePoint) {
        return codePoint < LIMIT && faces.get(FontStyle.REGULAR).widths[codePoint] >= 0;
    }

    /**
     * Returns the single line height ("auto" spacing in Word and LibreOffice): ascender minus
     * descender plus line gap, from the hhea table.
     *
     * @param style the face
     * @param size the size in points
     * @return the line height in points
     */
    public float lineHeight(FontStyle style, float size) {
        Face f = faces.get(style);
        return (f.ascent - f.descent + f.lineGap) * size / f.unitsPerEm;
    }

    /**
     * Returns how far below the top of a single-spaced paragraph its first baseline lies in
     * LibreOffice: the line gap (hhea) above the line, then the ascent.
     *
     * @param style the face
     * @param size the size in points
     * @return the distance in points
     */
    public float firstBaseline(FontStyle style, float size) {
        Face f = faces.get(style);
        return (f.ascent + f.lineGap) * size / f.unitsPerEm;
    }

    /**
     * Returns the ascent above the baseline.
     *
     * @param style the face
     * @param size the size in points
     * @return the ascent in points
     */
    public float ascent(FontStyle style, float size) {
        Face f = faces.get(style);
        return f.ascent * size / f.unitsPerEm;
    }
}
