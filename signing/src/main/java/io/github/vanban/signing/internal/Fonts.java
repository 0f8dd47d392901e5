// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.internal;

import io.github.vanban.signing.SigningException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Loads the embedded Liberation Serif (SIL OFL, metric-compatible with Times New Roman). */
public final class Fonts {
    private static final String REGULAR = "liberation/LiberationSerif-Regular.ttf";
    private static volatile byte @org.jspecify.annotations.Nullable [] regular;
    /** One embedded font per document, so measuring and drawing share a single subset. */
    private static final java.util.Map<PDDocument, PDType0Font> PER_DOCUMENT =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private Fonts() {}

    /**
     * Embeds Liberation Serif Regular into {@code doc} as a subset Type 0 font (subset when the
     * document is saved); later calls for the same document return the same font.
     *
     * @param doc the document
     * @return the font
     */
    public static PDType0Font serif(PDDocument doc) {
        try {
            PDType0Font font = PER_DOCUMENT.get(doc);
            if (font == null) {
                font = PDType0Font.load(doc, new ByteArrayInputStream(regularBytes()), true);
                PER_DOCUMENT.put(doc, font);
            }
            return font;
        } catch (IOException e) {
            throw new SigningException("Cannot load the embedded font " + REGULAR, e);
        }
    }

    private static byte[] regularBytes() throws IOException {
        byte[] bytes = regular;
        if (bytes == null) {
            try (InputStream in = Fonts.class.getClassLoader().getResourceAsStream(REGULAR)) {
                if (in == null) {
                    throw new IOException("font " + REGULAR + " is not on the classpath");
                }
                bytes = in.readAllBytes();
            }
            regular = bytes;
        }
        return bytes;
    }
}
