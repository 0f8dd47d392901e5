// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.templates.vn;

import io.github.vanban.core.model.BodyBlock;
import io.github.vanban.core.model.IssueDate;
import io.github.vanban.core.text.VietnameseText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Text checks and the fixed-line builders the templates share. Not API. */
final class Texts {
    private Texts() {}

    static String required(String value, String name) {
        String v = VietnameseText.nfc(Objects.requireNonNull(value, name)).strip();
        if (v.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return v;
    }

    static List<String> requiredAll(List<String> values, String name) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            out.add(required(values.get(i), name + "[" + i + "]"));
        }
        return List.copyOf(out);
    }

    static <T> List<T> nonEmpty(List<T> values, String name) {
        List<T> copy = List.copyOf(values);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return copy;
    }

    static String upper(String s) {
        return VietnameseText.upper(s);
    }

    /**
     * The legal-basis lines in italics, each ending ";" and the last "." (Appendix I, II.6): the
     * author's own closing punctuation is replaced.
     *
     * @param more whether another basis-style line (e.g. "Theo đề nghị của …") follows
     */
    static List<BodyBlock> bases(List<String> bases, boolean more) {
        List<BodyBlock> out = new ArrayList<>();
        for (int i = 0; i < bases.size(); i++) {
            boolean last = i == bases.size() - 1 && !more;
            out.add(new BodyBlock.Basis(strip(required(bases.get(i), "bases[" + i + "]")) + (last ? "." : ";")));
        }
        return out;
    }

    /** Removes a closing ";", "." or "," so that the form can add its own. */
    static String strip(String s) {
        String t = s.strip();
        while (!t.isEmpty() && ";.,".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    /** "ngày 05 tháng 3 năm 2024": day with two digits, month without a leading zero below 3. */
    static String longDate(LocalDate date) {
        return "ngày " + IssueDate.formatDay(date.getDayOfMonth()) + " tháng "
                + IssueDate.formatMonth(date.getMonthValue()) + " năm " + date.getYear();
    }

    /** A labelled line, "Thời gian: …", ending with a full stop. */
    static BodyBlock labelled(String label, String value) {
        return new BodyBlock.Paragraph(label + " " + strip(value) + ".");
    }
}
