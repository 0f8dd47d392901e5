// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.model;

import io.github.vanban.core.text.VietnameseText;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Number and symbol (số, ký hiệu, ô 3) of Decree 30/2020/NĐ-CP, Article 15 and Appendix I, II.3:
 * "Số: 15/QĐ-BNV".
 *
 * <p>Numbers below 10 are printed with a leading zero ("05"); larger numbers are not padded. A
 * number that the records office assigns at issuance is {@linkplain #number() absent} and prints
 * as blank space before the slash ("Số:        /SKHCN-VP").
 *
 * @param number the number in the yearly series, absent until issuance
 * @param symbol the symbol after the slash, e.g. "QĐ-BNV", "SKHCN-VP" or "SY-VP"
 */
public record DocumentNumber(OptionalInt number, String symbol) {
    /** The label before the number, including its colon and the one space that follows it. */
    public static final String LABEL = "Số: ";

    /** What an unassigned number prints as: eight spaces a clerk can write in. */
    public static final String BLANK = "        ";

    /**
     * Creates a number, normalising the symbol to NFC.
     *
     * @throws IllegalArgumentException if the number is not positive
     */
    public DocumentNumber {
        Objects.requireNonNull(number, "number");
        symbol = VietnameseText.nfc(Objects.requireNonNull(symbol, "symbol"));
        if (number.isPresent() && number.getAsInt() < 1) {
            throw new IllegalArgumentException("number must be 1 or more, was " + number.getAsInt());
        }
    }

    /**
     * Creates an assigned number.
     *
     * @param number the number, 1 or more
     * @param symbol the symbol
     * @return the number and symbol
     */
    public static DocumentNumber of(int number, String symbol) {
        return new DocumentNumber(OptionalInt.of(number), symbol);
    }

    /**
     * Creates a number that the records office assigns at issuance.
     *
     * @param symbol the symbol
     * @return the unassigned number with its symbol
     */
    public static DocumentNumber unassigned(String symbol) {
        return new DocumentNumber(OptionalInt.empty(), symbol);
    }

    /**
     * Formats a number the way Decree 30 prints it: "05" below 10, "15" from 10 on.
     *
     * @param number a number of 1 or more
     * @return the printed digits
     */
    public static String formatNumber(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("number must be 1 or more, was " + number);
        }
        return number < 10 ? "0" + number : Integer.toString(number);
    }

    /**
     * Tells whether the number is assigned.
     *
     * @return {@code true} if a number is present
     */
    public boolean isAssigned() {
        return number.isPresent();
    }

    /**
     * Returns the printed number, or {@link #BLANK} when unassigned.
     *
     * @return "05", "15" or blanks
     */
    public String numberText() {
        return number.isPresent() ? formatNumber(number.getAsInt()) : BLANK;
    }

    /**
     * Returns the part after the number: a slash and the symbol, e.g. "/QĐ-BNV".
     *
     * @return the slash and the symbol
     */
    public String symbolText() {
        return "/" + symbol;
    }

    /**
     * Returns the whole printed line, e.g. "Số: 15/QĐ-BNV" or "Số:         /SKHCN-VP".
     *
     * @return the line of ô 3
     */
    public String line() {
        return LABEL + numberText() + symbolText();
    }
}
