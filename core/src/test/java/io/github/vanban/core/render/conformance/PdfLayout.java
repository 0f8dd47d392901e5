// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.conformance;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What a PDF shows, whoever produced it: per page its size, the words with position, size and
 * face, and the horizontal rules drawn as stroked lines or thin filled rectangles.
 *
 * <p>Coordinates are PDF points measured from the top-left corner of the page (y grows
 * downwards), so that they read like the decree's margins.
 */
public final class PdfLayout {
    /** Below this height a filled rectangle counts as a rule, in points. */
    private static final double RULE_MAX_THICKNESS = 3;

    /** Shorter horizontal segments are not rules, in points. */
    private static final double RULE_MIN_LENGTH = 5;

    private final List<Page> pages;
    private final List<Row> rows;

    /**
     * One glyph as placed on the page.
     *
     * @param text the Unicode text of the glyph
     * @param x left edge
     * @param xEnd right edge (left edge plus advance)
     * @param baseline baseline, from the top of the page
     * @param size font size in points
     * @param font the font's base name without subset prefix, e.g. "LiberationSerif-Bold"
     */
    public record Glyph(String text, double x, double xEnd, double baseline, double size, String font) {
        /**
         * Tells whether the face is bold, from the font name.
         *
         * @return {@code true} for bold faces
         */
        public boolean isBold() {
            String f = font.toLowerCase(Locale.ROOT);
            return f.contains("bold") || f.contains("black") || f.contains("heavy");
        }

        /**
         * Tells whether the face is italic, from the font name.
         *
         * @return {@code true} for italic faces
         */
        public boolean isItalic() {
            String f = font.toLowerCase(Locale.ROOT);
            return f.contains("italic") || f.contains("oblique");
        }
    }

    /**
     * A word: glyphs of one row with no space between them.
     *
     * @param page the 1-based page
     * @param glyphs the glyphs, left to right
     */
    public record Word(int page, List<Glyph> glyphs) {
        /** Creates a word. */
        public Word {
            glyphs = List.copyOf(glyphs);
        }

        /**
         * Returns the word as extracted.
         *
         * @return the glyphs' text joined
         */
        public String text() {
            StringBuilder b = new StringBuilder();
            glyphs.forEach(g -> b.append(g.text()));
            return b.toString();
        }

        /**
         * Returns the left edge of the first glyph.
         *
         * @return points from the left of the page
         */
        public double x() {
            return glyphs.get(0).x();
        }

        /**
         * Returns the right edge of the last glyph.
         *
         * @return points from the left of the page
         */
        public double xEnd() {
            return glyphs.get(glyphs.size() - 1).xEnd();
        }

        /**
         * Returns the baseline of the first glyph.
         *
         * @return points from the top of the page
         */
        public double baseline() {
            return glyphs.get(0).baseline();
        }

        /**
         * Returns the largest glyph size of the word.
         *
         * @return points
         */
        public double size() {
            return glyphs.stream().mapToDouble(Glyph::size).max().orElse(0);
        }
    }

    /**
     * A horizontal rule.
     *
     * @param page the 1-based page
     * @param x left end
     * @param xEnd right end
     * @param y vertical centre, from the top of the page
     */
    public record Rule(int page, double x, double xEnd, double y) {
        /**
         * Returns the length of the rule.
         *
         * @return points
         */
        public double length() {
            return xEnd - x;
        }

        /**
         * Returns the horizontal centre of the rule.
         *
         * @return points from the left of the page
         */
        public double centre() {
            return (x + xEnd) / 2;
        }
    }

    /**
     * A row of words sharing a baseline, left to right.
     *
     * @param page the 1-based page
     * @param baseline the baseline of the row
     * @param words the words
     */
    public record Row(int page, double baseline, List<Word> words) {
        /** Creates a row. */
        public Row {
            words = List.copyOf(words);
        }

        /**
         * Returns the row as text, the words joined by single spaces.
         *
         * @return the text
         */
        public String text() {
            return String.join(" ", words.stream().map(Word::text).toList());
        }
    }

    /**
     * One page.
     *
     * @param number the 1-based page number
     * @param width the media box width
     * @param height the media box height
     * @param rows the rows of text, top to bottom
     * @param rules the horizontal rules, top to bottom
     */
    public record Page(int number, double width, double height, List<Row> rows, List<Rule> rules) {
        /** Creates a page. */
        public Page {
            rows = List.copyOf(rows);
            rules = List.copyOf(rules);
        }
    }

    private PdfLayout(List<Page> pages) {
        this.pages = List.copyOf(pages);
        this.rows = this.pages.stream().flatMap(p -> p.rows().stream()).toList();
    }

    /**
     * Reads a PDF.
     *
     * @param pdf the file
     * @return its layout
     * @throws UncheckedIOException if the file cannot be read
     */
    public static PdfLayout read(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<Page> pages = new ArrayList<>();
            GlyphCollector collector = new GlyphCollector();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                PDPage page = document.getPage(i);
                double height = page.getMediaBox().getHeight();
                collector.glyphs.clear();
                collector.setStartPage(i + 1);
                collector.setEndPage(i + 1);
                collector.getText(document);
                RuleCollector rules = new RuleCollector(page, i + 1, height);
                rules.processPage(page);
                pages.add(new Page(i + 1, page.getMediaBox().getWidth(), height,
                        rows(i + 1, collector.glyphs), rules.sorted()));
            }
            return new PdfLayout(pages);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pdf, e);
        }
    }

    /**
     * Returns the pages in order.
     *
     * @return the pages
     */
    public List<Page> pages() {
        return pages;
    }

    /**
     * Returns every row of every page, top to bottom and page by page.
     *
     * @return the rows
     */
    public List<Row> rows() {
        return rows;
    }

    /**
     * Returns every rule of every page.
     *
     * @return the rules
     */
    public List<Rule> rules() {
        return pages.stream().flatMap(p -> p.rules().stream()).toList();
    }

    /**
     * Finds a text as a run of consecutive words: along a row, then continuing on one of the
     * next rows where the text wraps (a wrapped line, or a paragraph running onto the next page).
     * Spaces are not compared, so blank fields and justified gaps do not matter.
     *
     * @param text the text to find
     * @param fromRow the first row (index into {@link #rows()}) to search
     * @return the matched words, empty when the text is not there
     */
    public Optional<List<Word>> find(String text, int fromRow) {
        String[] tokens = text.strip().split("\\s+");
        if (tokens.length == 0 || tokens[0].isEmpty()) {
            return Optional.empty();
        }
        for (int r = Math.max(0, fromRow); r < rows.size(); r++) {
            List<Word> words = rows.get(r).words();
            for (int w = 0; w < words.size(); w++) {
                if (words.get(w).text().equals(tokens[0])) {
                    List<Word> match = match(rows, r, w, tokens);
                    if (!match.isEmpty()) {
                        return Optional.of(match);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Finds a table row: the first line on which the first word of each cell appears in order,
     * left to right, and returns the left edge of each of those words (top-aligned cells start
     * on one baseline).
     *
     * @param cells the texts of the row's cells, left to right
     * @return the left edges in points, one per cell; empty when no line holds them all
     */
    public Optional<List<Double>> cellStarts(List<String> cells) {
        List<String> firsts = cells.stream().map(c -> c.strip().split("\\s+")[0]).toList();
        for (Row row : rows) {
            List<Double> starts = new ArrayList<>();
            int from = 0;
            for (String first : firsts) {
                List<Word> words = row.words();
                int at = from;
                while (at < words.size() && !words.get(at).text().equals(first)) {
                    at++;
                }
                if (at == words.size()) {
                    break;
                }
                starts.add(words.get(at).x());
                from = at + 1;
            }
            if (starts.size() == firsts.size()) {
                return Optional.of(starts);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the index in {@link #rows()} of the row holding a word.
     *
     * @param word a word of this layout
     * @return the row index
     */
    public int rowIndexOf(Word word) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).words().contains(word)) {
                return i;
            }
        }
        throw new IllegalArgumentException("word " + word.text() + " is not in this layout");
    }

    private static List<Word> match(List<Row> rows, int row, int word, String[] tokens) {
        List<Word> out = new ArrayList<>();
        int r = row;
        int w = word;
        int k = 0;
        // The part of tokens[k] still to match: a word broken after a hyphen continues on the next line.
        String token = tokens[0];
        while (k < tokens.length) {
            List<Word> words = rows.get(r).words();
            if (w < words.size() && words.get(w).text().equals(token)) {
                out.add(words.get(w));
                k++;
                w++;
                token = k < tokens.length ? tokens[k] : "";
                continue;
            }
            if (w < words.size() && w == words.size() - 1 && token.startsWith(words.get(w).text())
                    && words.get(w).text().endsWith("-")) {
                out.add(words.get(w));
                token = token.substring(words.get(w).text().length());
                w++;
            }
            // Wrapped: the next token starts one of the next few rows.
            int next = -1;
            for (int look = r + 1; look < Math.min(rows.size(), r + 4) && next < 0; look++) {
                List<Word> candidates = rows.get(look).words();
                for (int c = 0; c < candidates.size(); c++) {
                    if (candidates.get(c).text().equals(token)) {
                        next = look;
                        w = c;
                        break;
                    }
                }
            }
            if (next < 0 || out.isEmpty()) {
                return List.of();
            }
            r = next;
        }
        return out;
    }

    private static List<Row> rows(int page, List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline));
        List<List<Glyph>> clusters = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        double base = Double.NaN;
        for (Glyph g : sorted) {
            if (!current.isEmpty() && g.baseline() - base > 2.5) {
                clusters.add(current);
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                base = g.baseline();
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            clusters.add(current);
        }
        List<Row> rows = new ArrayList<>();
        for (List<Glyph> cluster : clusters) {
            cluster.sort(Comparator.comparingDouble(Glyph::x));
            List<Word> words = new ArrayList<>();
            List<Glyph> word = new ArrayList<>();
            for (Glyph g : cluster) {
                boolean space = g.text().isBlank();
                boolean gap = !word.isEmpty()
                        && g.x() - word.get(word.size() - 1).xEnd() > 0.15 * Math.max(g.size(), 1);
                if ((space || gap) && !word.isEmpty()) {
                    words.add(new Word(page, word));
                    word = new ArrayList<>();
                }
                if (!space) {
                    word.add(g);
                }
            }
            if (!word.isEmpty()) {
                words.add(new Word(page, word));
            }
            if (!words.isEmpty()) {
                rows.add(new Row(page, cluster.get(0).baseline(), words));
            }
        }
        return rows;
    }

    /** Collects every glyph of the pages it is run on. */
    private static final class GlyphCollector extends PDFTextStripper {
        final List<Glyph> glyphs = new ArrayList<>();

        GlyphCollector() throws IOException {
            setSortByPosition(false);
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            String name = t.getFont().getName() == null ? "" : t.getFont().getName();
            int plus = name.indexOf('+');
            String font = plus == 6 ? name.substring(plus + 1) : name;
            glyphs.add(new Glyph(t.getUnicode(), t.getXDirAdj(), t.getXDirAdj() + t.getWidthDirAdj(),
                    t.getYDirAdj(), t.getFontSizeInPt(), font));
        }
    }

    /** Collects horizontal rules from stroked segments and thin filled shapes. */
    private static final class RuleCollector extends PDFGraphicsStreamEngine {
        private final int page;
        private final double height;
        private final List<Rule> rules = new ArrayList<>();
        private final List<double[]> segments = new ArrayList<>();
        private double minX = Double.MAX_VALUE;
        private double maxX = -Double.MAX_VALUE;
        private double minY = Double.MAX_VALUE;
        private double maxY = -Double.MAX_VALUE;
        private Point2D current = new Point2D.Double();

        RuleCollector(PDPage pdPage, int page, double height) {
            super(pdPage);
            this.page = page;
            this.height = height;
        }

        List<Rule> sorted() {
            rules.sort(Comparator.comparingDouble(Rule::y).thenComparingDouble(Rule::x));
            return rules;
        }

        private void extend(double x, double y) {
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            for (Point2D p : new Point2D[] {p0, p1, p2, p3}) {
                extend(p.getX(), p.getY());
            }
            segments.add(new double[] {p0.getX(), p0.getY(), p1.getX(), p1.getY()});
            segments.add(new double[] {p2.getX(), p2.getY(), p3.getX(), p3.getY()});
        }

        @Override
        public void moveTo(float x, float y) {
            current = new Point2D.Double(x, y);
            extend(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            segments.add(new double[] {current.getX(), current.getY(), x, y});
            current = new Point2D.Double(x, y);
            extend(x, y);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current = new Point2D.Double(x3, y3);
            extend(x3, y3);
            // A curve makes the shape something other than a rule.
            minY = -Double.MAX_VALUE;
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {}

        @Override
        public void endPath() {
            reset();
        }

        @Override
        public void strokePath() {
            for (double[] s : segments) {
                if (Math.abs(s[1] - s[3]) < 0.5 && Math.abs(s[2] - s[0]) >= RULE_MIN_LENGTH) {
                    rules.add(new Rule(page, Math.min(s[0], s[2]), Math.max(s[0], s[2]), height - s[1]));
                }
            }
            reset();
        }

        @Override
        public void fillPath(int windingRule) {
            if (maxY - minY <= RULE_MAX_THICKNESS && maxX - minX >= RULE_MIN_LENGTH) {
                rules.add(new Rule(page, minX, maxX, height - (minY + maxY) / 2));
            }
            reset();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            fillPath(windingRule);
        }

        @Override
        public void clip(int windingRule) {}

        @Override
        public void drawImage(PDImage pdImage) {}

        @Override
        public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {}

        private void reset() {
            segments.clear();
            minX = Double.MAX_VALUE;
            maxX = -Double.MAX_VALUE;
            minY = Double.MAX_VALUE;
            maxY = -Double.MAX_VALUE;
        }
    }
}
