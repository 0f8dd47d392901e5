// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apiguardian.api.API;

/**
 * A PNG image (a signature scan or a seal, ideally with a transparent background as Decree
 * 30/2020/NĐ-CP Appendix I II.7.d and II.8.a require). The bytes are checked to be a PNG and copied
 * in and out. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PngImage {
    private static final byte[] MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final byte[] bytes;
    private final int widthPx;
    private final int heightPx;

    private PngImage(byte[] bytes, int widthPx, int heightPx) {
        this.bytes = bytes;
        this.widthPx = widthPx;
        this.heightPx = heightPx;
    }

    /**
     * Wraps PNG bytes.
     *
     * @param png the file content
     * @return the image
     * @throws IllegalArgumentException if the bytes are not a readable PNG
     */
    public static PngImage of(byte[] png) {
        Objects.requireNonNull(png, "png");
        byte[] copy = png.clone();
        if (copy.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(copy, MAGIC.length), MAGIC)) {
            throw new IllegalArgumentException("png is not a PNG file (bad signature bytes)");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(copy))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
            reader.setInput(in);
            int w = reader.getWidth(0);
            int h = reader.getHeight(0);
            reader.dispose();
            return new PngImage(copy, w, h);
        } catch (IOException e) {
            throw new IllegalArgumentException("png cannot be decoded: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a PNG file.
     *
     * @param file the file
     * @return the image
     * @throws UncheckedIOException if the file cannot be read
     * @throws IllegalArgumentException if it is not a readable PNG
     */
    public static PngImage read(Path file) {
        try {
            return of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read PNG " + file, e);
        }
    }

    /**
     * Returns a copy of the PNG bytes.
     *
     * @return the file content
     */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * Returns the width in pixels.
     *
     * @return width
     */
    public int widthPx() {
        return widthPx;
    }

    /**
     * Returns the height in pixels.
     *
     * @return height
     */
    public int heightPx() {
        return heightPx;
    }

    @Override
    public String toString() {
        return "PngImage[" + widthPx + "x" + heightPx + ", " + bytes.length + " bytes]";
    }
}
