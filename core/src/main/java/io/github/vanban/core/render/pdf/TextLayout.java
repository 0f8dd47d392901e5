// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.render.pdf;

import io.github.vanban.core.render.FontStyle;
import io.github.vanban.core.render.RenderException;
import io.github.vanban.core.render.internal.TextMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures, checks and breaks text with the real font metrics. Line breaking is greedy, as Word
 * and LibreOffice break Vietnamese: break opportunities are spaces and the position after a hyphen
 * between letters ("BKHCN-ƯDPTCN"), there is no hyphenation, and a trailing space may hang into
 * the margin. Research measured identical line ends with LibreOffice (docgen.md §3.1).
 */
final class TextLayout {

    /** How a line sits in its measure. */
    enum Align { LEFT, CENTER, RIGHT, JUSTIFY }

    /** A run of text in one face. */
    record Span(String text, FontStyle style) {}

    /** A breakable unit; {@code spaceBefore} is false for a piece glued to the previous one. */
    record Word(String text, FontStyle style, boolean spaceBefore, float width) {}

    /** One line: its words, natural width and number of stretchable spaces. */
    record Line(List<Word> words, float width, int gaps) {}

    /** Two or more spaces: a blank to fill in by hand, kept at its width by {@link #wrapKeepingBlanks}. */
    private static final Pattern BLANK_RUN = Pattern.compile(" {2,}");

    private final TextMetrics metrics;

    TextLayout(TextMetrics metrics) {
        this.metrics = metrics;
    }

    TextMetrics metrics() {
        return metrics;
    }

    float width(String text, FontStyle style, float size) {
        return metrics.width(text, style, size);
    }

    /** Single line height (1.15 em for Liberation Serif and Times New Roman). */
    float lineHeight(FontStyle style, float size) {
        return metrics.lineHeight(style, size);
    }

    float ascent(FontStyle style, float size) {
        return metrics.ascent(style, size);
    }

    /**
     * Fails when the font lacks a character of the text, naming the character, the component and
     * the position, instead of letting a viewer show a blank box.
     *
     * @param where the component as in the JSON form, e.g. {@code body[2]} or {@code signer.fullName}
     */
    void check(String text, FontStyle style, String where) {
        try {
            metrics.width(text, style, 1);
        } catch (IllegalArgumentException e) {
            for (int i = 0, col = 1; i < text.length(); col++) {
                int cp = text.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                try {
                    metrics.width(ch, style, 1);
                } catch (IllegalArgumentException missing) {
                    throw new RenderException(String.format(
                            "character U+%04X '%s' in %s at character %d is not in the font (%s): \"%s\"",
                            cp, ch, where, col, style.name().toLowerCase(java.util.Locale.ROOT),
                            excerpt(text, i)), missing);
                }
                i += Character.charCount(cp);
            }
            throw e;
        }
    }

    private static String excerpt(String text, int index) {
        int from = Math.max(0, index - 20);
        int to = Math.min(text.length(), index + 20);
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }

    /** Splits spans into breakable words, measured at {@code size}. */
    List<Word> words(List<Span> spans, float size) {
        List<Word> words = new ArrayList<>();
        boolean pendingSpace = false;
        for (Span span : spans) {
            String text = span.text();
            int i = 0;
            while (i < text.length()) {
                if (text.charAt(i) == ' ') {
                    pendingSpace = true;
                    i++;
                    continue;
                }
                int end = text.indexOf(' ', i);
                if (end < 0) {
                    end = text.length();
                }
                boolean first = true;
                for (String piece : hyphenPieces(text.substring(i, end))) {
                    boolean space = first ? pendingSpace && !words.isEmpty() : false;
                    words.add(new Word(piece, span.style(), space, width(piece, span.style(), size)));
                    first = false;
                }
                pendingSpace = false;
                i = end;
            }
        }
        return words;
    }

    /** Splits "BKHCN-ƯDPTCN" into "BKHCN-" and "ƯDPTCN": a hyphen between letters allows a break. */
    private static List<String> hyphenPieces(String token) {
        List<String> pieces = new ArrayList<>(1);
        int start = 0;
        for (int i = 1; i < token.length() - 1; i++) {
            if (token.charAt(i) == '-' && Character.isLetterOrDigit(token.charAt(i - 1))
                    && Character.isLetter(token.charAt(i + 1))) {
                pieces.add(token.substring(start, i + 1));
                start = i + 1;
            }
        }
        pieces.add(token.substring(start));
        return pieces;
    }

    /**
     * Breaks words greedily into lines of at most {@code firstWidth} (first line) and
     * {@code width} (the others). A word wider than a line is split between characters.
     */
    List<Line> lines(List<Word> words, float size, float firstWidth, float width) {
        List<Line> lines = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        float lineWidth = 0;
        int gaps = 0;
        for (int k = 0; k < words.size(); k++) {
            Word w = words.get(k);
            float avail = lines.isEmpty() ? firstWidth : width;
            float space = current.isEmpty() || !w.spaceBefore()
                    ? 0 : width(" ", current.get(current.size() - 1).style(), size);
            if (!current.isEmpty() && lineWidth + space + w.width() > avail + 0.01f) {
                lines.add(new Line(List.copyOf(current), lineWidth, gaps));
                current.clear();
                lineWidth = 0;
                gaps = 0;
                space = 0;
                avail = width;
            }
            if (current.isEmpty() && w.width() > avail + 0.01f) {
                // A single word wider than the measure (a long URL): split it between characters.
                List<Word> parts = splitWord(w, size, avail);
                for (int p = 0; p < parts.size() - 1; p++) {
                    lines.add(new Line(List.of(parts.get(p)), parts.get(p).width(), 0));
                }
                w = parts.get(parts.size() - 1);
            }
            if (!current.isEmpty() && w.spaceBefore()) {
                gaps++;
            }
            lineWidth += space + w.width();
            current.add(current.isEmpty() ? new Word(w.text(), w.style(), false, w.width()) : w);
        }
        if (!current.isEmpty()) {
            lines.add(new Line(List.copyOf(current), lineWidth, gaps));
        }
        return lines;
    }

    private List<Word> splitWord(Word w, float size, float avail) {
        List<Word> parts = new ArrayList<>();
        String text = w.text();
        int start = 0;
        while (start < text.length()) {
            int end = start + Character.charCount(text.codePointAt(start));
            while (end < text.length()) {
                int next = end + Character.charCount(text.codePointAt(end));
                if (width(text.substring(start, next), w.style(), size) > avail) {
                    break;
                }
                end = next;
            }
            String piece = text.substring(start, end);
            parts.add(new Word(piece, w.style(), false, width(piece, w.style(), size)));
            start = end;
        }
        return parts;
    }

    /** Convenience: wraps one run of text. */
    List<Line> wrap(String text, FontStyle style, float size, float width) {
        return lines(words(List.of(new Span(text, style)), size), size, width, width);
    }

    /**
     * Wraps one run of text like {@link #wrap}, but keeps each run of two or more spaces at its
     * full width: such a run is a blank left for a clerk to fill in by hand (an unassigned number
     * or date, printed as {@code DocumentNumber.BLANK}). All its spaces but the last are glued to
     * the word before it; the last stays a break opportunity.
     */
    List<Line> wrapKeepingBlanks(String text, FontStyle style, float size, float width) {
        List<Word> words = new ArrayList<>();
        Matcher blank = BLANK_RUN.matcher(text);
        int from = 0;
        while (blank.find()) {
            segment(words, text.substring(from, blank.start()), style, size);
            String glued = blank.group().substring(1);
            words.add(new Word(glued, style, false, width(glued, style, size)));
            from = blank.end();
        }
        segment(words, text.substring(from), style, size);
        List<Line> lines = new ArrayList<>();
        for (Line line : lines(words, size, width, width)) {
            // A blank that ends a line hangs into the margin, as a trailing space does in Word.
            Word last = line.words().get(line.words().size() - 1);
            boolean hanging = line.words().size() > 1 && last.text().isBlank();
            lines.add(hanging ? new Line(line.words(), line.width() - last.width(), line.gaps()) : line);
        }
        return lines;
    }

    /** Adds the words of a segment that follows a blank, its first word after a breakable space. */
    private void segment(List<Word> words, String segment, FontStyle style, float size) {
        List<Word> more = words(List.of(new Span(segment, style)), size);
        for (int i = 0; i < more.size(); i++) {
            Word w = more.get(i);
            words.add(i == 0 && !words.isEmpty() ? new Word(w.text(), w.style(), true, w.width()) : w);
        }
    }

    /**
     * Draws one line: one {@link Op.Text} per run of words in the same face, justified by
     * widening the spaces when {@code align} is JUSTIFY and this is not the last line.
     *
     * @param x the left edge of the measure (first-line indent included)
     * @param width the measure
     */
    List<Op> draw(Line line, float x, float baseline, float size, float width, Align align, boolean last,
            int color, Optional<Tag> tag) {
        float extra = 0;
        float start = x;
        if (align == Align.JUSTIFY && !last && line.gaps() > 0) {
            extra = Math.max(0, (width - line.width()) / line.gaps());
        } else if (align == Align.CENTER) {
            start = x + (width - line.width()) / 2;
        } else if (align == Align.RIGHT) {
            start = x + width - line.width();
        }
        List<Op> ops = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        FontStyle runStyle = null;
        float runX = start;
        float cursor = start;
        for (int i = 0; i < line.words().size(); i++) {
            Word w = line.words().get(i);
            float space = i > 0 && w.spaceBefore()
                    ? width(" ", line.words().get(i - 1).style(), size) + extra : 0;
            if (runStyle != null && w.style() != runStyle) {
                ops.add(new Op.Text(runX, baseline, run.toString(), runStyle, size, extra, color, tag));
                run.setLength(0);
                runStyle = null;
            }
            cursor += space;
            if (runStyle == null) {
                runStyle = w.style();
                runX = cursor;
            } else if (space > 0) {
                run.append(' ');
            }
            run.append(w.text());
            cursor += w.width();
        }
        if (runStyle != null) {
            ops.add(new Op.Text(runX, baseline, run.toString(), runStyle, size, extra, color, tag));
        }
        return ops;
    }
}
