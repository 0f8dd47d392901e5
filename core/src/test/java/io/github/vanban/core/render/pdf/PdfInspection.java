// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a rendered PDF back for assertions: text, glyph positions, external tools. */
final class PdfInspection {
    private PdfInspection() {}

    /** A glyph as PDFBox extracts it; y grows downward from the top of the page. */
    record Glyph(String text, float x, float y, float width, float size, String font) {}

    static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of each page, in PDFBox's position-sorted reading order. */
    static List<String> pageTexts(byte[] pdf) {
        try (PDDocument doc = load(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The glyphs of one page (1-based). */
    static List<Glyph> glyphs(byte[] pdf, int page) {
        List<Glyph> glyphs = new ArrayList<>();
        try (PDDocument doc = load(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    glyphs.add(new Glyph(t.getUnicode(), t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(),
                            t.getFontSizeInPt(), t.getFont().getName()));
                }
            };
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return glyphs;
    }

    /** Finds the first glyph run spelling {@code text} on a page; returns its glyphs. */
    static List<Glyph> find(List<Glyph> glyphs, String text) {
        for (int i = 0; i < glyphs.size(); i++) {
            StringBuilder sb = new StringBuilder();
            int j = i;
            while (j < glyphs.size() && sb.length() < text.length()) {
                sb.append(glyphs.get(j).text());
                j++;
            }
            if (sb.toString().equals(text)) {
                return glyphs.subList(i, j);
            }
        }
        throw new AssertionError("\"" + text + "\" not found on the page");
    }

    /** Collapses white space, and joins a word broken after a hyphen at a line end. */
    static String normalise(String text) {
        return text.replaceAll("(?<=\\S)-[ \\t]*\\R\\s*", "-").replaceAll("\\s+", " ").strip();
    }

    /** Tells whether a command-line tool is installed. */
    static boolean hasTool(String tool) {
        try {
            Process p = new ProcessBuilder("which", tool).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs a tool, returns its exit code and combined output. */
    static Result run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + String.join(" ", command));
        }
        return new Result(p.exitValue(), out);
    }

    record Result(int exit, String output) {}

    static Path write(Path dir, String name, byte[] pdf) throws IOException {
        return Files.write(dir.resolve(name), pdf);
    }
}
