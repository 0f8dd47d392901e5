// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.verify;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Where glyphs are drawn on a page of a revision (PDF user space, unrotated), so a widget that
 * a later revision fills or adds can be tested for covering text the signer saw (the shadow
 * "replace via overlay" and sneaky-signature attacks). Bounded to {@link #MAX_GLYPHS} per page.
 */
final class TextBoxes {
    private static final int MAX_GLYPHS = 200_000;

    private final Map<PDDocument, Map<Integer, List<float[]>>> cache = new IdentityHashMap<>();

    boolean overlaps(PDDocument doc, int pageIndex, COSArray rect) {
        if (rect.size() != 4) {
            return false;
        }
        float[] r = new float[4];
        for (int i = 0; i < 4; i++) {
            if (!(rect.getObject(i) instanceof COSNumber)) {
                return false;
            }
            r[i] = ((COSNumber) rect.getObject(i)).floatValue();
        }
        float x0 = Math.min(r[0], r[2]);
        float x1 = Math.max(r[0], r[2]);
        float y0 = Math.min(r[1], r[3]);
        float y1 = Math.max(r[1], r[3]);
        if (x1 - x0 < 0.5f || y1 - y0 < 0.5f) {
            return false;
        }
        for (float[] g : glyphs(doc, pageIndex)) {
            if (g[0] < x1 && g[2] > x0 && g[1] < y1 && g[3] > y0) {
                return true;
            }
        }
        return false;
    }

    private List<float[]> glyphs(PDDocument doc, int pageIndex) {
        return cache.computeIfAbsent(doc, d -> new java.util.HashMap<>())
                .computeIfAbsent(pageIndex, i -> extract(doc, i));
    }

    private static List<float[]> extract(PDDocument doc, int pageIndex) {
        List<float[]> boxes = new ArrayList<>();
        try {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    if (boxes.size() < MAX_GLYPHS && !t.getUnicode().isBlank()) {
                        float x = t.getTextMatrix().getTranslateX();
                        float y = t.getTextMatrix().getTranslateY();
                        float w = Math.max(t.getWidth(), 0.1f);
                        float h = Math.max(t.getHeight(), t.getFontSizeInPt() * 0.7f);
                        boxes.add(new float[] {x, y, x + w, y + h});
                    }
                }
            };
            stripper.setStartPage(pageIndex + 1);
            stripper.setEndPage(pageIndex + 1);
            stripper.getText(doc);
        } catch (IOException | RuntimeException e) {
            // An unreadable page shows no text we could protect; the change stays classified.
        }
        return boxes;
    }
}
