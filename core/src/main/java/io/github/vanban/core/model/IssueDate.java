// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * The date of issue (thời gian ban hành, ô 4) of Decree 30/2020/NĐ-CP, Appendix I, II.4, printed
 * as "ngày DD tháng M năm YYYY": the day is zero-padded, the month only when it is 1 or 2.
 *
 * <p>The records office often assigns the day (or the whole date) at issuance; such parts print
 * as blank space ("ngày        tháng 4 năm 2023").
 */
public sealed interface IssueDate permits IssueDate.Full, IssueDate.DayPending, IssueDate.Pending {
    /** Vietnam's time zone, UTC+07:00 without daylight saving. */
    ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** What an unassigned day, month or year prints as. */
    String BLANK = "        ";

    /**
     * A complete date.
     *
     * @param date the date of issue
     */
    record Full(LocalDate date) implements IssueDate {
        /** Creates a complete date. */
        public Full {
            Objects.requireNonNull(date, "date");
        }
    }

    /**
     * A month and year whose day is assigned at issuance.
     *
     * @param month the month and year
     */
    record DayPending(YearMonth month) implements IssueDate {
        /** Creates a date whose day is pending. */
        public DayPending {
            Objects.requireNonNull(month, "month");
        }
    }

    /** A date assigned entirely at issuance. */
    record Pending() implements IssueDate {}

    /**
     * Creates a complete date.
     *
     * @param date the date
     * @return the issue date
     */
    static IssueDate of(LocalDate date) {
        return new Full(date);
    }

    /**
     * Creates a date whose day is assigned at issuance.
     *
     * @param month the month and year
     * @return the issue date
     */
    static IssueDate dayPending(YearMonth month) {
        return new DayPending(month);
    }

    /**
     * Creates a date assigned entirely at issuance.
     *
     * @return the issue date
     */
    static IssueDate pending() {
        return new Pending();
    }

    /**
     * Formats a day as Decree 30 prints it: two digits.
     *
     * @param day 1 to 31
     * @return "05", "17"
     */
    static String formatDay(int day) {
        return String.format("%02d", day);
    }

    /**
     * Formats a month as Decree 30 prints it: only January and February are zero-padded.
     *
     * @param month 1 to 12
     * @return "01", "02", "3" … "12"
     */
    static String formatMonth(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1 to 12, was " + month);
        }
        return month <= 2 ? "0" + month : Integer.toString(month);
    }

    /**
     * Returns the printed day, or blanks.
     *
     * @return the day text
     */
    default String dayText() {
        return this instanceof Full f ? formatDay(f.date().getDayOfMonth()) : BLANK;
    }

    /**
     * Returns the printed month, or blanks.
     *
     * @return the month text
     */
    default String monthText() {
        return yearMonth().map(m -> formatMonth(m.getMonthValue())).orElse(BLANK);
    }

    /**
     * Returns the printed year, or blanks.
     *
     * @return the year text
     */
    default String yearText() {
        return yearMonth().map(m -> Integer.toString(m.getYear())).orElse(BLANK);
    }

    /**
     * Returns the month and year when known.
     *
     * @return the month, empty when the whole date is pending
     */
    default Optional<YearMonth> yearMonth() {
        if (this instanceof Full f) {
            return Optional.of(YearMonth.from(f.date()));
        } else if (this instanceof DayPending d) {
            return Optional.of(d.month());
        }
        return Optional.empty();
    }

    /**
     * Returns the complete date when known.
     *
     * @return the date, empty while the day is pending
     */
    default Optional<LocalDate> fullDate() {
        return this instanceof Full f ? Optional.of(f.date()) : Optional.empty();
    }

    /**
     * Returns the date part of ô 4, e.g. "ngày 05 tháng 01 năm 2020".
     *
     * @return the date text
     */
    default String text() {
        return "ngày " + dayText() + " tháng " + monthText() + " năm " + yearText();
    }

    /**
     * Returns the whole line of ô 4: "Hà Nội, ngày 05 tháng 01 năm 2020".
     *
     * @param place the place name
     * @return the place-and-date line
     */
    default String line(String place) {
        return place + ", " + text();
    }
}
