// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.demo;

import io.github.vanban.signing.PngImage;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Generated specimen images, so the demo needs no image file: a blue handwritten-like signature
 * and a red round seal marked "MẪU" / "SPECIMEN" (a sample, not a real seal), both on a
 * transparent background. Text uses the Liberation Serif Bold that the renderer already ships, so
 * the Vietnamese letters draw on a headless machine without system fonts.
 */
final class SpecimenImages {
    /** Seal image size in pixels; at the 36 mm the demo uses this is about 700 dpi. */
    static final int SEAL_PX = 1000;

    private static final Color INK_BLUE = new Color(10, 40, 190);
    private static final Color SEAL_RED = new Color(215, 20, 30, 230);

    private SpecimenImages() {}

    /** A blue scribble of the signer's name on a transparent 600×240 px background. */
    static PngImage signature() {
        BufferedImage image = new BufferedImage(600, 240, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = canvas(image);
        g.setColor(INK_BLUE);
        g.setStroke(new BasicStroke(7, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D stroke = new Path2D.Double();
        stroke.moveTo(40, 170);
        stroke.curveTo(90, 20, 140, 210, 200, 110);
        stroke.curveTo(240, 40, 270, 200, 330, 120);
        stroke.curveTo(380, 60, 420, 170, 470, 100);
        stroke.curveTo(510, 50, 540, 140, 570, 90);
        g.draw(stroke);
        g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(60, 200, 520, 185);
        g.dispose();
        return png(image);
    }

    /**
     * A red seal: outer and inner rings, the organisation's name around the band, a star and
     * "MẪU" / "SPECIMEN" across the middle.
     *
     * @param ringText the text around the band, e.g. "SỞ KHOA HỌC VÀ CÔNG NGHỆ * TỈNH LAI CHÂU *"
     */
    static PngImage seal(String ringText) {
        BufferedImage image = new BufferedImage(SEAL_PX, SEAL_PX, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = canvas(image);
        g.setColor(SEAL_RED);
        double c = SEAL_PX / 2.0;
        g.setStroke(new BasicStroke(22));
        g.drawOval(16, 16, SEAL_PX - 32, SEAL_PX - 32);
        g.setStroke(new BasicStroke(8));
        g.drawOval(150, 150, SEAL_PX - 300, SEAL_PX - 300);
        Font bold = liberationSerifBold();
        drawAround(g, ringText, bold.deriveFont(70f), c, 405);
        fillStar(g, c, 330, 62, 25);
        Font big = bold.deriveFont(150f);
        centred(g, "MẪU", big, c, 545);
        centred(g, "SPECIMEN", bold.deriveFont(78f), c, 665);
        g.dispose();
        return png(image);
    }

    private static Graphics2D canvas(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        return g;
    }

    /** Draws {@code text} clockwise around the centre, glyph by glyph, on a circle of {@code radius}. */
    private static void drawAround(Graphics2D g, String text, Font font, double c, double radius) {
        GlyphVector glyphs = font.createGlyphVector(g.getFontRenderContext(), text);
        double length = glyphs.getLogicalBounds().getWidth();
        // Spread the text over the whole circle, starting at the top.
        double scale = 2 * Math.PI * radius / length;
        for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
            double x = glyphs.getGlyphPosition(i).getX();
            double width = glyphs.getGlyphMetrics(i).getAdvance();
            double angle = (x + width / 2) * scale / radius - Math.PI / 2;
            AffineTransform at = new AffineTransform();
            at.translate(c + radius * Math.cos(angle), c + radius * Math.sin(angle));
            at.rotate(angle + Math.PI / 2);
            at.translate(-x - width / 2, 0);
            g.fill(at.createTransformedShape(glyphs.getGlyphOutline(i)));
        }
    }

    private static void fillStar(Graphics2D g, double cx, double cy, double outer, double inner) {
        Path2D star = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? outer : inner;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            if (i == 0) {
                star.moveTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
            } else {
                star.lineTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
            }
        }
        star.closePath();
        g.fill(star);
    }

    private static void centred(Graphics2D g, String text, Font font, double cx, double baseline) {
        GlyphVector glyphs = font.createGlyphVector(g.getFontRenderContext(), text);
        double width = glyphs.getLogicalBounds().getWidth();
        g.fill(glyphs.getOutline((float) (cx - width / 2), (float) baseline));
    }

    private static Font liberationSerifBold() {
        String resource = "liberation/LiberationSerif-Bold.ttf";
        try (InputStream in = SpecimenImages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the classpath");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the font " + resource, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("Font " + resource + " is not a TrueType font", e);
        }
    }

    private static PngImage png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return PngImage.of(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode a specimen PNG", e);
        }
    }
}
