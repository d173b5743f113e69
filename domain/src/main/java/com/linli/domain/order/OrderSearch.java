package com.linli.domain.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import com.linli.domain.shared.BusinessTime;

/**
 * What an admin narrows all orders to; a null (or blank) field does not filter. The member is a
 * username (any case) or a phone number, exactly; the period is whole days in business time, both
 * ends included.
 */
public record OrderSearch(Long orderId, String member, Long communityId, Long groupBuyId, OrderStatus status,
                          LocalDate from, LocalDate to) {

    /** Beyond this many matches the count stops: a search over years of orders stays an index scan. */
    public static final int COUNT_CAP = 10_000;

    public OrderSearch {
        member = member == null || member.isBlank() ? null : member.strip().toLowerCase(Locale.ROOT);
        if (from != null && to != null && from.isAfter(to)) {
            throw new OrderRejected("order.search.period-reversed");
        }
    }

    public Instant fromInstant() {
        return from == null ? null : from.atStartOfDay(BusinessTime.ZONE).toInstant();
    }

    /** Exclusive: the start of the day after {@code to}. */
    public Instant untilInstant() {
        return to == null ? null : to.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant();
    }
}
