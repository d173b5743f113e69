package com.linli.web.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import com.linli.domain.shared.BusinessTime;

/** Times as people in China read them, for templates: {@code ${@times.dateTime(order.placedAt)}}. */
@Component("times")
public class Times {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(BusinessTime.ZONE));
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
