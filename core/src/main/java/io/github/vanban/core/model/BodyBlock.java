// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.model;

import io.github.vanban.core.text.VietnameseText;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One block of the body (nội dung, ô 6). Paragraphs are justified with a first-line indent; the
 * other blocks carry the structure of Decree 30/2020/NĐ-CP, Appendix I, II.6.
 */
public sealed interface BodyBlock
        permits BodyBlock.Paragraph, BodyBlock.Basis, BodyBlock.Heading, BodyBlock.Article,
                BodyBlock.Centered, BodyBlock.Table {

    /**
     * A justified paragraph with a first-line indent.
     *
     * @param text the paragraph text
     */
    record Paragraph(String text) implements BodyBlock {
        /** Creates a paragraph, normalising its text. */
        public Paragraph {
            text = VietnameseText.nfc(Objects.requireNonNull(text, "text"));
        }
    }

    /**
     * A legal-basis line ("Căn cứ …;"), printed in italics.
     *
     * @param text the line, including its closing ";" or "."
     */
    record Basis(String text) implements BodyBlock {
        /** Creates a basis line, normalising its text. */
        public Basis {
            text = VietnameseText.nfc(Objects.requireNonNull(text, "text"));
        }
    }

    /**
     * A structure heading: "Chương I" centred in bold, then its title in capitals.
     *
     * @param level the level
     * @param number the number as printed, e.g. "I" or "1"
     * @param title the title, printed in capitals
     */
    record Heading(HeadingLevel level, String number, String title) implements BodyBlock {
        /** Creates a heading, normalising its texts. */
        public Heading {
            Objects.requireNonNull(level, "level");
            number = VietnameseText.nfc(Objects.requireNonNull(number, "number"));
            title = VietnameseText.nfc(Objects.requireNonNull(title, "title"));
        }

        /**
         * Returns the label line, e.g. "Chương I"; for a section "I. TITLE" on one line.
         *
         * @return the first printed line
         */
        public String label() {
            return level == HeadingLevel.SECTION
                    ? number + ". " + VietnameseText.upper(title)
                    : level.label() + " " + number;
        }
    }

    /**
     * An article: "Điều 1." in bold, then either a bold title or regular text on the same line.
     *
     * @param number the article number, e.g. "1"
     * @param title the article's title, printed bold, if any
     * @param text the article's text on the same line, if any
     */
    record Article(String number, Optional<String> title, Optional<String> text) implements BodyBlock {
        /** Creates an article, normalising its texts. */
        public Article {
            number = VietnameseText.nfc(Objects.requireNonNull(number, "number"));
            title = Objects.requireNonNull(title, "title").map(VietnameseText::nfc);
            text = Objects.requireNonNull(text, "text").map(VietnameseText::nfc);
        }

        /**
         * Returns the bold label, e.g. "Điều 1.".
         *
         * @return the label
         */
        public String label() {
            return "Điều " + number + ".";
        }
    }

    /**
     * A centred line, e.g. "QUYẾT ĐỊNH:" or the issuing authority's line of form 1.2.
     *
     * @param text the line
     * @param bold whether it is bold
     */
    record Centered(String text, boolean bold) implements BodyBlock {
        /** Creates a centred line, normalising its text. */
        public Centered {
            text = VietnameseText.nfc(Objects.requireNonNull(text, "text"));
        }
    }

    /**
     * A table with borders, e.g. a list in a plan or an appendix.
     *
     * @param rows the cells, row by row; every row has the same number of cells
     * @param headerRows how many leading rows are headers (printed bold, repeated on new pages)
     */
    record Table(List<List<String>> rows, int headerRows) implements BodyBlock {
        /** Creates a table, normalising its cells. */
        public Table {
            rows = rows.stream().map(r -> VietnameseText.nfc(List.copyOf(r))).toList();
            if (rows.isEmpty()) {
                throw new IllegalArgumentException("a table needs at least one row");
            }
            int width = rows.get(0).size();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).size() != width || width == 0) {
                    throw new IllegalArgumentException(
                            "table row " + i + " has " + rows.get(i).size() + " cells, expected " + width);
                }
            }
            if (headerRows < 0 || headerRows > rows.size()) {
                throw new IllegalArgumentException("headerRows must be 0 to " + rows.size() + ", was " + headerRows);
            }
        }

        /**
         * Returns the number of columns.
         *
         * @return the cells per row
         */
        public int columns() {
            return rows.get(0).size();
        }
    }
}
