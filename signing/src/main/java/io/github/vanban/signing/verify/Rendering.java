// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.verify;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders a page of two revisions and tells whether a widget rectangle now hides what was drawn
 * there: pixels that were dark (text, lines) and became light. A transparent seal or signature
 * image drawn over a title adds ink and hides nothing (Decree 30 places the seal over the
 * signature and often over the title); an opaque white box with other text — the sneaky
 * signature and shadow overlay attacks — hides the signed text. At most {@link #MAX_RENDERS}
 * pages are rendered per verification; beyond that the answer is "hides" (strict).
 */
final class Rendering {
    static final int MAX_RENDERS = 20;
    private static final float SCALE = 1.5f;
    private static final int DARK = 110;
    private static final int LIGHT = 200;

    private final Map<PDDocument, Map<Integer, BufferedImage>> cache = new IdentityHashMap<>();
    private int renders;

    /** Whether the widget at {@code rect} on page {@code index} hides content of {@code before}. */
    boolean hides(PDDocument before, PDDocument after, int index, COSArray rect) {
        float[] r = numbers(rect);
        if (r.length == 0) {
            return false;
        }
        BufferedImage a = render(before, index);
        BufferedImage b = render(after, index);
        if (a == null || b == null || a.getWidth() != b.getWidth()
                || a.getHeight() != b.getHeight()) {
            return true;
        }
        PDRectangle crop = before.getPage(index).getCropBox();
        int x0 = clamp((Math.min(r[0], r[2]) - crop.getLowerLeftX()) * SCALE, a.getWidth());
        int x1 = clamp((Math.max(r[0], r[2]) - crop.getLowerLeftX()) * SCALE, a.getWidth());
        int y0 = clamp((crop.getUpperRightY() - Math.max(r[1], r[3])) * SCALE, a.getHeight());
        int y1 = clamp((crop.getUpperRightY() - Math.min(r[1], r[3])) * SCALE, a.getHeight());
        int dark = 0;
        int erased = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (luminance(a.getRGB(x, y)) < DARK) {
                    dark++;
                    if (luminance(b.getRGB(x, y)) > LIGHT) {
                        erased++;
                    }
                }
            }
        }
        return dark > 0 && erased >= Math.max(4, dark / 10);
    }

    private static float[] numbers(COSArray rect) {
        if (rect.size() != 4) {
            return new float[0];
        }
        float[] r = new float[4];
        for (int i = 0; i < 4; i++) {
            if (!(rect.getObject(i) instanceof COSNumber)) {
                return new float[0];
            }
            r[i] = ((COSNumber) rect.getObject(i)).floatValue();
        }
        return r;
    }

    private static int clamp(float v, int max) {
        return Math.max(0, Math.min(max, Math.round(v)));
    }

    private static int luminance(int rgb) {
        int red = rgb >> 16 & 0xff;
        int green = rgb >> 8 & 0xff;
        int blue = rgb & 0xff;
        return (299 * red + 587 * green + 114 * blue) / 1000;
    }

    private BufferedImage render(PDDocument doc, int index) {
        Map<Integer, BufferedImage> pages = cache.computeIfAbsent(doc, d -> new HashMap<>());
        if (pages.containsKey(index)) {
            return pages.get(index);
        }
        BufferedImage image = null;
        if (++renders <= MAX_RENDERS) {
            try {
                image = new PDFRenderer(doc).renderImage(index, SCALE, ImageType.RGB);
            } catch (IOException | RuntimeException e) {
                image = null;
            }
        }
        pages.put(index, image);
        return image;
    }
}
