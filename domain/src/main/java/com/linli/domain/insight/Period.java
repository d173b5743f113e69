package com.linli.domain.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import com.linli.domain.shared.BusinessTime;

/**
 * The days a dashboard covers, both included, as days in China: it starts at 00:00 Asia/Shanghai on
 * {@code from} and ends before 00:00 on the day after {@code to}, whatever the server's zone.
 *
 * @param range what was chosen: {@code today}, {@code 7d}, {@code 30d} or {@code custom}
 */
public record Period(String range, LocalDate from, LocalDate to) {

    public static final String TODAY = "today";
    public static final String WEEK = "7d";
    public static final String MONTH = "30d";
    public static final String CUSTOM = "custom";

    /** A longer period would scan years of orders for one page view. */
    public static final int MAX_DAYS = 366;

    /**
     * The period a request names; the last {@code 7d} or {@code 30d} end today, a custom one needs
     * both dates ({@code 2026-11-21}), from ≤ to and at most {@link #MAX_DAYS} days.
     *
     * @throws InsightRejected with what is wrong, in words for the page
     */
    public static Period choose(String range, String fromText, String toText, LocalDate today) {
        return switch (range == null || range.isBlank() ? MONTH : range.strip()) {
            case TODAY -> new Period(TODAY, today, today);
            case WEEK -> new Period(WEEK, today.minusDays(6), today);
            case MONTH -> new Period(MONTH, today.minusDays(29), today);
            case CUSTOM -> custom(date(fromText), date(toText));
            default -> throw new InsightRejected("insight.period.unknown");
        };
    }

    private static Period custom(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new InsightRejected("insight.period.reversed");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new InsightRejected("insight.period.tooLong", MAX_DAYS);
        }
        return new Period(CUSTOM, from, to);
    }

    private static LocalDate date(String text) {
        try {
            if (text != null && !text.isBlank()) {
                return LocalDate.parse(text.strip());
            }
        } catch (DateTimeParseException e) {
            // named below, the same as a missing date
        }
        throw new InsightRejected("insight.period.date");
    }

    public Instant start() {
        return from.atStartOfDay(BusinessTime.ZONE).toInstant();
    }

    /** Exclusive: the first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant();
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }
}
