// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.pdf;

import io.github.vanban.core.render.RenderException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders the pages of a PDF to PNG images, for previews in user interfaces and for people
 * checking a layout. Works on any PDF, not only those of {@link PdfRenderer}.
 *
 * <p>Thread-safe: every call opens its own copy of the PDF.
 */
public final class PdfPreviews {
    /** The lowest resolution accepted. */
    public static final float MIN_DPI = 10;

    /** The highest resolution accepted (an A4 page at 600 dpi is about 35 megapixels). */
    public static final float MAX_DPI = 600;

    private PdfPreviews() {}

    /**
     * Renders every page of a PDF held in memory.
     *
     * @param pdf the PDF bytes
     * @param dpi the resolution, {@value #MIN_DPI} to {@value #MAX_DPI}
     * @return one PNG per page, in page order
     * @throws IllegalArgumentException if the resolution is out of range
     * @throws RenderException if the bytes are not a readable PDF
     */
    public static List<byte[]> render(byte[] pdf, float dpi) {
        Objects.requireNonNull(pdf, "pdf");
        checkDpi(dpi);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return pages(doc, dpi, "the PDF bytes");
        } catch (IOException e) {
            throw new RenderException("cannot read the PDF bytes to render previews", e);
        }
    }

    /**
     * Renders every page of a PDF file.
     *
     * @param pdf the PDF file
     * @param dpi the resolution, {@value #MIN_DPI} to {@value #MAX_DPI}
     * @return one PNG per page, in page order
     * @throws IllegalArgumentException if the resolution is out of range
     * @throws UncheckedIOException if the file cannot be read
     * @throws RenderException if the file is not a readable PDF
     */
    public static List<byte[]> render(Path pdf, float dpi) {
        Objects.requireNonNull(pdf, "pdf");
        checkDpi(dpi);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pdf, e);
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return pages(doc, dpi, pdf.toString());
        } catch (IOException e) {
            throw new RenderException("cannot read " + pdf + " as a PDF to render previews", e);
        }
    }

    /**
     * Renders every page of a PDF file into a directory as {@code page-1.png}, {@code page-2.png},
     * … (existing files of those names are replaced).
     *
     * @param pdf the PDF file
     * @param dpi the resolution, {@value #MIN_DPI} to {@value #MAX_DPI}
     * @param directory the directory, created if missing
     * @return the written files, in page order
     * @throws IllegalArgumentException if the resolution is out of range
     * @throws UncheckedIOException if a file cannot be read or written
     * @throws RenderException if the file is not a readable PDF
     */
    public static List<Path> write(Path pdf, float dpi, Path directory) {
        Objects.requireNonNull(directory, "directory");
        List<byte[]> pngs = render(pdf, dpi);
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            for (int i = 0; i < pngs.size(); i++) {
                Path file = directory.resolve("page-" + (i + 1) + ".png");
                Files.write(file, pngs.get(i));
                files.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write previews to " + directory, e);
        }
        return List.copyOf(files);
    }

    private static void checkDpi(float dpi) {
        if (!(dpi >= MIN_DPI && dpi <= MAX_DPI)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "dpi must be between %.0f and %.0f, was %s", MIN_DPI, MAX_DPI, dpi));
        }
    }

    private static List<byte[]> pages(PDDocument doc, float dpi, String source) throws IOException {
        PDFRenderer renderer = new PDFRenderer(doc);
        List<byte[]> pngs = new ArrayList<>(doc.getNumberOfPages());
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, "png", out)) {
                throw new RenderException("no PNG writer available to render page " + (i + 1) + " of " + source);
            }
            pngs.add(out.toByteArray());
        }
        return List.copyOf(pngs);
    }
}
