// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/** Vietnam time (UTC+07:00, no daylight saving) as displayed and as written in {@code /M}. */
public final class VietnamTime {
    /** The Vietnam offset. */
    public static final ZoneOffset OFFSET = ZoneOffset.ofHours(7);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss xxx");

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
     * Returns a calendar in UTC+07:00 so {@code /M} is written with {@code +07'00'}.
     *
     * @param instant the time, whole seconds
     * @return a calendar
     */
    public static Calendar calendar(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("GMT+07:00"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }
}
