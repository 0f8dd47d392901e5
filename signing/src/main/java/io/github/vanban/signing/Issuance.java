// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The number and date the records office assigns when issuing a document (Decree 30/2020/NĐ-CP
 * Art. 15 and Appendix I II.3–4), formatted as the Decree prints them.
 *
 * @param number the document number within the year, 1 or more
 * @param date the issue date
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Issuance(int number, LocalDate date) {
    /** Checks the number and the date. */
    public Issuance {
        Objects.requireNonNull(date, "date");
        if (number < 1) {
            throw new IllegalArgumentException("number must be >= 1, was " + number);
        }
    }

    /**
     * Returns the number as printed before "/symbol": zero-padded below 10 ("05"), else plain.
     *
     * @return the formatted number
     */
    public String formattedNumber() {
        return number < 10 ? "0" + number : Integer.toString(number);
    }

    /**
     * Returns the day as printed: always two digits.
     *
     * @return e.g. {@code 05}
     */
    public String formattedDay() {
        return String.format(java.util.Locale.ROOT, "%02d", date.getDayOfMonth());
    }

    /**
     * Returns the month as printed: zero-padded only for January and February ("01", "02"), else
     * plain ("3" … "12"), per Appendix I II.4.
     *
     * @return the formatted month
     */
    public String formattedMonth() {
        int m = date.getMonthValue();
        return m <= 2 ? "0" + m : Integer.toString(m);
    }

    /**
     * Returns the year as printed: four digits.
     *
     * @return e.g. {@code 2026}
     */
    public String formattedYear() {
        return String.format(java.util.Locale.ROOT, "%04d", date.getYear());
    }
}
