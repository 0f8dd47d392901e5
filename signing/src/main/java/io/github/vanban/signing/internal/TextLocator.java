// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.internal;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Finds text on pages (anchor text for signature placement, printed values for issuing). */
public final class TextLocator {
    /**
     * A text hit.
     *
     * @param pageIndex 0-based page
     * @param box bounding box in default user space
     */
    public record Hit(int pageIndex, PDRectangle box) {}

    private TextLocator() {}

    /**
     * Finds the first occurrence of {@code needle} (NFC, whitespace-insensitive).
     *
     * @param doc document
     * @param needle text
     * @return the hit, if any
     * @throws IOException on parse errors
     */
    public static Optional<Hit> find(PDDocument doc, String needle) throws IOException {
        String wanted = squash(needle);
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            Collector collector = new Collector();
            collector.setStartPage(i + 1);
            collector.setEndPage(i + 1);
            collector.getText(doc);
            StringBuilder text = new StringBuilder();
            List<TextPosition> owners = new ArrayList<>();
            for (TextPosition p : collector.positions) {
                String u = squash(p.getUnicode());
                for (int k = 0; k < u.length(); k++) {
                    text.append(u.charAt(k));
                    owners.add(p);
                }
            }
            int at = text.indexOf(wanted);
            if (at >= 0) {
                float minX = Float.MAX_VALUE;
                float maxX = -Float.MAX_VALUE;
                float minY = Float.MAX_VALUE;
                float maxY = -Float.MAX_VALUE;
                float pageHeight = doc.getPage(i).getMediaBox().getUpperRightY();
                for (TextPosition p : owners.subList(at, at + wanted.length())) {
                    minX = Math.min(minX, p.getXDirAdj());
                    maxX = Math.max(maxX, p.getXDirAdj() + p.getWidthDirAdj());
                    float baseline = pageHeight - p.getYDirAdj();
                    minY = Math.min(minY, baseline);
                    maxY = Math.max(maxY, baseline + p.getHeightDir());
                }
                return Optional.of(new Hit(i, new PDRectangle(minX, minY, maxX - minX,
                        maxY - minY)));
            }
        }
        return Optional.empty();
    }

    /**
     * Extracts the text of one page.
     *
     * @param doc document
     * @param pageIndex 0-based page
     * @return NFC text
     * @throws IOException on parse errors
     */
    public static String pageText(PDDocument doc, int pageIndex) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(pageIndex + 1);
        stripper.setEndPage(pageIndex + 1);
        return Normalizer.normalize(stripper.getText(doc), Normalizer.Form.NFC);
    }

    private static String squash(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", "");
    }

    private static final class Collector extends PDFTextStripper {
        final List<TextPosition> positions = new ArrayList<>();

        @Override
        protected void writeString(String text, List<TextPosition> textPositions) {
            positions.addAll(textPositions);
        }
    }
}
