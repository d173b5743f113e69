package com.linli.web.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import com.linli.domain.shared.BusinessTime;

/** Dates and times as forms and links carry them; anything else is none, and the page says what it needs. */
public final class Dates {

    private Dates() {
    }

    /** {@code 2026-11-21}, or null. */
    public static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A {@code datetime-local} value in Beijing time, {@code 2026-11-21T07:30}, or null. */
    public static Instant beijingTime(String text) {
        try {
            return text == null || text.isBlank() ? null
                    : LocalDateTime.parse(text.strip()).atZone(BusinessTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
