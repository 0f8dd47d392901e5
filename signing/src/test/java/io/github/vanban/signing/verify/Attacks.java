// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.verify;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;

/**
 * Builds attack files from signed PDFs, the way the published attacks do: incremental updates
 * written by PDFBox, hand-written incremental sections, and raw byte edits. Nothing is
 * downloaded.
 */
final class Attacks {
    private Attacks() {}

    /** An edit made on a loaded document before an incremental save. */
    interface Edit {
        void apply(PDDocument doc) throws IOException;
    }

    /** Loads {@code in}, applies {@code edit} and appends it as an incremental update. */
    static byte[] incremental(byte[] in, Edit edit) {
        try (PDDocument doc = Loader.loadPDF(in)) {
            edit.apply(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The (first) signature dictionary of a loaded document. */
    static COSDictionary signature(PDDocument doc, int index) throws IOException {
        List<PDSignature> sigs = doc.getSignatureDictionaries();
        return sigs.get(index).getCOSObject();
    }

    /** Marks {@code dict} and the catalog for writing in the next incremental save. */
    static void touch(COSDictionary... dicts) {
        for (COSDictionary d : dicts) {
            d.setNeedToBeUpdated(true);
        }
    }

    static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path p, byte[] bytes) {
        try {
            Files.write(p, bytes);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The /ByteRange of the signature at {@code index} as read by PDFBox. */
    static int[] byteRange(byte[] pdf, int index) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getSignatureDictionaries().get(index).getByteRange();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Appends a hand-written incremental section that (re)defines {@code objects} (object number
     * to the text between {@code obj} and {@code endobj}), with an xref table, a trailer whose
     * /Prev is the file's last startxref, and %%EOF.
     */
    static byte[] appendRevision(byte[] in, Map<Long, String> objects) {
        long prevXref;
        String root;
        long size;
        try (PDDocument doc = Loader.loadPDF(in)) {
            prevXref = doc.getDocument().getStartXref();
            COSDictionary trailer = doc.getDocument().getTrailer();
            COSObjectKey rootKey = trailer.getCOSDictionary(COSName.ROOT).getKey();
            root = rootKey.getNumber() + " " + rootKey.getGeneration() + " R";
            size = trailer.getLong(COSName.SIZE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(in);
        Map<Long, Long> offsets = new LinkedHashMap<>();
        for (Map.Entry<Long, String> e : objects.entrySet()) {
            offsets.put(e.getKey(), (long) out.size());
            ascii(out, e.getKey() + " 0 obj\n" + e.getValue() + "\nendobj\n");
        }
        long xref = out.size();
        StringBuilder sb = new StringBuilder("xref\n");
        for (Map.Entry<Long, Long> e : offsets.entrySet()) {
            sb.append(e.getKey()).append(" 1\n")
                    .append(String.format("%010d 00000 n\r\n", e.getValue()));
            size = Math.max(size, e.getKey() + 1);
        }
        sb.append("trailer\n<< /Size ").append(size).append(" /Root ").append(root)
                .append(" /Prev ").append(prevXref).append(" >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        ascii(out, sb.toString());
        return out.toByteArray();
    }

    static byte[] concat(byte[] a, String b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        ascii(out, b);
        return out.toByteArray();
    }

    private static void ascii(OutputStream out, String s) {
        try {
            out.write(s.getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Object number of the first content stream of page 1. */
    static long pageContentObject(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            COSDictionary page = doc.getPage(0).getCOSObject();
            var item = page.getItem(COSName.CONTENTS);
            if (item instanceof org.apache.pdfbox.cos.COSObject) {
                return ((org.apache.pdfbox.cos.COSObject) item).getKey().getNumber();
            }
            COSArray array = (COSArray) item;
            return ((org.apache.pdfbox.cos.COSObject) array.get(0)).getKey().getNumber();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A content stream object body showing {@code text} in Helvetica at (72, 700). */
    static String textStream(String text) {
        String ops = "BT /F9 14 Tf 72 700 Td (" + text + ") Tj ET";
        return "<< /Length " + ops.length() + " >>\nstream\n" + ops + "\nendstream";
    }

    /** Offsets of every occurrence of {@code needle}. */
    static List<Integer> find(byte[] hay, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.ISO_8859_1);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i <= hay.length - n.length; i++) {
            boolean match = true;
            for (int j = 0; j < n.length && match; j++) {
                match = hay[i + j] == n[j];
            }
            if (match) {
                out.add(i);
            }
        }
        return out;
    }
}
