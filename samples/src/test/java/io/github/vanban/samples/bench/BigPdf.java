// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes a large PDF for the memory check: A4 pages each showing a 1024 × 1024 RGB image of
 * random (incompressible) pixels stored unfiltered, 3 MiB a page, until the requested size is
 * reached. PDFBox keeps the streams in a scratch file, so the generator itself needs little heap.
 * Arguments: the target file and the size in MiB (e.g. {@code 200}).
 */
public final class BigPdf {
    private static final int SIDE = 1024;

    private BigPdf() {}

    /**
     * Writes the file.
     *
     * @param args target file, size in MiB
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: BigPdf <file.pdf> <MiB>");
        }
        System.out.println(write(Path.of(args[0]), Long.parseLong(args[1])));
    }

    /**
     * Writes at least {@code mebibytes} MiB of pages to {@code target}, atomically.
     *
     * @param target the file
     * @param mebibytes the size in MiB
     * @return the line {@link #main} prints
     * @throws IOException if the file cannot be written
     */
    static String write(Path target, long mebibytes) throws IOException {
        long wanted = mebibytes * 1024 * 1024;
        int pages = (int) Math.max(1, (wanted + 3L * SIDE * SIDE - 1) / (3L * SIDE * SIDE));
        SplittableRandom random = new SplittableRandom(30_2020);
        byte[] pixels = new byte[3 * SIDE * SIDE];
        try (PDDocument doc = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            for (int i = 0; i < pages; i++) {
                random.nextBytes(pixels);
                PDStream stream = new PDStream(doc, new ByteArrayInputStream(pixels));
                PDImageXObject image = new PDImageXObject(stream, null);
                image.setWidth(SIDE);
                image.setHeight(SIDE);
                image.setBitsPerComponent(8);
                image.setColorSpace(PDDeviceRGB.INSTANCE);
                image.getCOSObject().setItem(COSName.SUBTYPE, COSName.IMAGE);
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawImage(image, 30, 130, 535, 535);
                }
            }
            Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), "big", ".pdf");
            try (OutputStream out = Files.newOutputStream(temp)) {
                doc.save(out);
            }
            Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        return "big_pdf_bytes=" + Files.size(target) + " big_pdf_pages=" + pages;
    }
}
