// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.templates.vn;

import io.github.vanban.core.model.BodyBlock;
import io.github.vanban.core.model.HeadingLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Numbers the structure of a body as Decree 30/2020/NĐ-CP, Appendix I, II.6 lays it out: Phần
 * and Chương in Roman numerals, Mục and Tiểu mục in Arabic numerals restarting in each parent,
 * Điều numbered through the whole document, khoản "1." restarting in each article (or report
 * section), and điểm "a)", "b)" … restarting in each clause, in the Vietnamese alphabet order
 * (a, b, c, d, đ, e, g, h, i, k, l, m, n, o, p, q, r, s, t, u, v, x, y).
 *
 * <p>Usage: {@code StructuredBody.builder().chapter("Quy định chung").titledArticle("Phạm vi
 * điều chỉnh").clause("…").point("…").build()}.
 */
public final class StructuredBody {
    /** The letters of points (điểm), in order: the Vietnamese alphabet without ă, â, ê, ô, ơ, ư. */
    static final List<String> POINT_LETTERS = List.of(
            "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u",
            "v", "x", "y");

    private StructuredBody() {}

    /**
     * Returns a builder for a new body.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the letter of the n-th point.
     *
     * @param n 1 for "a", 5 for "đ"
     * @return the letter
     * @throws IllegalArgumentException if n is not 1 to 23
     */
    public static String pointLetter(int n) {
        if (n < 1 || n > POINT_LETTERS.size()) {
            throw new IllegalArgumentException(
                    "point number must be 1 to " + POINT_LETTERS.size() + " (a to y), was " + n);
        }
        return POINT_LETTERS.get(n - 1);
    }

    /**
     * Returns a number in upper-case Roman numerals.
     *
     * @param n 1 to 3999
     * @return e.g. "IV"
     * @throws IllegalArgumentException if n is out of range
     */
    public static String roman(int n) {
        if (n < 1 || n > 3999) {
            throw new IllegalArgumentException("Roman numerals cover 1 to 3999, was " + n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] digits = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                s.append(digits[i]);
                n -= values[i];
            }
        }
        return s.toString();
    }

    /**
     * Builds a numbered body; a single-thread scratch object. Each method appends one block and
     * numbers it from the blocks before it.
     */
    public static final class Builder {
        private final List<BodyBlock> blocks = new ArrayList<>();
        private int parts;
        private int chapters;
        private int sections;
        private int subsections;
        private int reportSections;
        private int articles;
        private int clauses;
        private int points;
        private boolean inClauseScope;

        private Builder() {}

        /**
         * Appends "Phần I" and its title.
         *
         * @param title the title, printed in capitals
         * @return this builder
         */
        public Builder part(String title) {
            blocks.add(new BodyBlock.Heading(HeadingLevel.PHAN, roman(++parts), title(title, "part")));
            reportSections = 0;
            inClauseScope = false;
            return this;
        }

        /**
         * Appends "Chương I" and its title; chapters are numbered through the document.
         *
         * @param title the title, printed in capitals
         * @return this builder
         */
        public Builder chapter(String title) {
            blocks.add(new BodyBlock.Heading(HeadingLevel.CHUONG, roman(++chapters), title(title, "chapter")));
            sections = 0;
            subsections = 0;
            inClauseScope = false;
            return this;
        }

        /**
         * Appends "Mục 1" and its title; numbered within the chapter.
         *
         * @param title the title, printed in capitals
         * @return this builder
         */
        public Builder section(String title) {
            blocks.add(new BodyBlock.Heading(HeadingLevel.MUC, Integer.toString(++sections), title(title, "section")));
            subsections = 0;
            inClauseScope = false;
            return this;
        }

        /**
         * Appends "Tiểu mục 1" and its title; numbered within the section.
         *
         * @param title the title, printed in capitals
         * @return this builder
         * @throws IllegalStateException if no section (Mục) precedes it
         */
        public Builder subsection(String title) {
            if (sections == 0) {
                throw new IllegalStateException("a subsection (Tiểu mục) needs a section (Mục) first");
            }
            blocks.add(new BodyBlock.Heading(HeadingLevel.TIEU_MUC, Integer.toString(++subsections),
                    title(title, "subsection")));
            inClauseScope = false;
            return this;
        }

        /**
         * Appends a report section "I. TITLE" (reports and plans without articles); numbered within
         * the part.
         *
         * @param title the title, printed in capitals
         * @return this builder
         */
        public Builder reportSection(String title) {
            blocks.add(new BodyBlock.Heading(HeadingLevel.SECTION, roman(++reportSections),
                    title(title, "reportSection")));
            clauses = 0;
            points = 0;
            inClauseScope = true;
            return this;
        }

        /**
         * Appends an article with a bold title, "Điều 5. Phạm vi điều chỉnh".
         *
         * @param title the title
         * @return this builder
         */
        public Builder titledArticle(String title) {
            blocks.add(new BodyBlock.Article(Integer.toString(++articles), Optional.of(title(title, "article")),
                    Optional.empty()));
            return startClauses();
        }

        /**
         * Appends an article whose text follows the bold label, "Điều 1. Phê duyệt …".
         *
         * @param text the article's text
         * @return this builder
         */
        public Builder article(String text) {
            blocks.add(new BodyBlock.Article(Integer.toString(++articles), Optional.empty(),
                    Optional.of(title(text, "article"))));
            return startClauses();
        }

        private Builder startClauses() {
            clauses = 0;
            points = 0;
            inClauseScope = true;
            return this;
        }

        /**
         * Appends a clause (khoản) "1. …", numbered within the article or report section.
         *
         * @param text the clause's text
         * @return this builder
         * @throws IllegalStateException if no article or report section precedes it
         */
        public Builder clause(String text) {
            if (!inClauseScope) {
                throw new IllegalStateException(
                        "a clause (khoản) needs an article (Điều) or a report section first");
            }
            blocks.add(new BodyBlock.Paragraph(++clauses + ". " + title(text, "clause")));
            points = 0;
            return this;
        }

        /**
         * Appends a point (điểm) "a) …", lettered within the clause.
         *
         * @param text the point's text
         * @return this builder
         * @throws IllegalStateException if no clause precedes it, or after the 23rd point ("y")
         */
        public Builder point(String text) {
            if (!inClauseScope || clauses == 0) {
                throw new IllegalStateException("a point (điểm) needs a clause (khoản) first");
            }
            if (points == POINT_LETTERS.size()) {
                throw new IllegalStateException("clause " + clauses + " already has " + points
                        + " points (a to y); split it into clauses");
            }
            blocks.add(new BodyBlock.Paragraph(pointLetter(++points) + ") " + title(text, "point")));
            return this;
        }

        /**
         * Appends an unnumbered paragraph.
         *
         * @param text the paragraph
         * @return this builder
         */
        public Builder paragraph(String text) {
            blocks.add(new BodyBlock.Paragraph(title(text, "paragraph")));
            return this;
        }

        /**
         * Appends any block as is, e.g. a table.
         *
         * @param block the block
         * @return this builder
         */
        public Builder block(BodyBlock block) {
            blocks.add(Objects.requireNonNull(block, "block"));
            return this;
        }

        /**
         * Returns the blocks appended so far.
         *
         * @return the numbered body
         */
        public List<BodyBlock> build() {
            return List.copyOf(blocks);
        }

        private static String title(String text, String name) {
            Objects.requireNonNull(text, name);
            if (text.isBlank()) {
                throw new IllegalArgumentException(name + " text must not be blank");
            }
            return text.strip();
        }
    }
}
