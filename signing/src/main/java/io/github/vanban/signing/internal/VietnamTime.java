// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Vietnam time (UTC+07:00, no daylight saving) as displayed and as written in {@code /M}. */
public final class VietnamTime {
    /** The Vietnam offset. */
    public static final ZoneOffset OFFSET = ZoneOffset.ofHours(7);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss xxx");
    private static final DateTimeFormatter PDF_DATE =
            DateTimeFormatter.ofPattern("'D:'yyyyMMddHHmmss'+07''00'''");

    private VietnamTime() {}

    /**
     * Formats the date part.
     *
     * @param instant the time
     * @return {@code dd/MM/yyyy}
     */
    public static String date(Instant instant) {
        return DATE.format(instant.atOffset(OFFSET));
    }

    /**
     * Formats the time part.
     *
     * @param instant the time
     * @return {@code HH:mm:ss +07:00}
     */
    public static String time(Instant instant) {
        return TIME.format(instant.atOffset(OFFSET));
    }

    /**
     * Formats a PDF date string (ISO 32000-1 §7.9.4) in UTC+07:00, as written in {@code /M}:
     * {@code D:YYYYMMDDHHmmSS+07'00'}, the text PDFBox writes for a calendar in that zone but
     * without its per-call {@code String.format}.
     *
     * @param instant the time, whole seconds
     * @return e.g. {@code D:20250301143000+07'00'}
     */
    public static String pdfDate(Instant instant) {
        return PDF_DATE.format(instant.atOffset(OFFSET));
    }
}
