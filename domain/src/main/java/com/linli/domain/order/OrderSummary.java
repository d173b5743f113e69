package com.linli.domain.order;

import java.time.LocalDate;
import java.util.List;

import com.linli.domain.shared.Money;

/** One of a member's orders as their list shows it: what, how many, what it costs, where and when to collect. */
public record OrderSummary(long id, OrderStatus status, String pickupCode, String groupBuyTitle, LocalDate pickupDate,
                           String pickupPointName, List<Line> lines, Money total) {

    public OrderSummary {
        lines = List.copyOf(lines);
    }

    /** An active line, as ordered. */
    public record Line(String productName, int quantity) {
    }
}
