// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.testing;

import io.github.vanban.signing.PngImage;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Synthetic transparent PNGs: a blue handwritten-like signature and a red round seal. */
public final class TestImages {
    private TestImages() {}

    /**
     * Returns a blue scribble on a transparent 300×120 px background.
     *
     * @return the signature image
     */
    public static PngImage blueSignature() {
        BufferedImage image = new BufferedImage(300, 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0, 40, 200));
        g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D path = new Path2D.Double();
        path.moveTo(20, 80);
        path.curveTo(60, 10, 90, 110, 130, 50);
        path.curveTo(160, 10, 200, 100, 240, 40);
        path.curveTo(260, 20, 280, 70, 290, 60);
        g.draw(path);
        g.dispose();
        return png(image);
    }

    /**
     * Returns a red seal (two rings and a star) on a transparent 400×400 px background.
     *
     * @return the seal image
     */
    public static PngImage redSeal() {
        BufferedImage image = new BufferedImage(400, 400, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(220, 0, 0, 220));
        g.setStroke(new BasicStroke(10));
        g.drawOval(10, 10, 380, 380);
        g.setStroke(new BasicStroke(4));
        g.drawOval(70, 70, 260, 260);
        Path2D star = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? 60 : 25;
            double a = Math.PI / 2 + i * Math.PI / 5;
            double x = 200 + r * Math.cos(a);
            double y = 200 - r * Math.sin(a);
            if (i == 0) {
                star.moveTo(x, y);
            } else {
                star.lineTo(x, y);
            }
        }
        star.closePath();
        g.fill(star);
        g.setFont(new Font(Font.SERIF, Font.BOLD, 28));
        g.drawString("LAI CHAU", 135, 300);
        g.dispose();
        return png(image);
    }

    private static PngImage png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return PngImage.of(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
