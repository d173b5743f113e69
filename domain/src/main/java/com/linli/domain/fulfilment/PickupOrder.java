package com.linli.domain.fulfilment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.linli.domain.order.OrderStatus;
import com.linli.domain.shared.Money;

/**
 * An order as the leader sees it when its pickup code is entered: who, what to hand over and what
 * to collect (到店付).
 */
public record PickupOrder(long orderId, String memberName, String phone, String groupBuyTitle, LocalDate pickupDate,
                          OrderStatus status, Instant updatedAt, List<Line> lines) {

    public PickupOrder {
        lines = List.copyOf(lines);
    }

    /** What the member pays at the counter: their lines less any shortage. */
    public Money amountToCollect() {
        return lines.stream().map(Line::amount).reduce(Money.ZERO, Money::plus);
    }

    public Money shortageAmount() {
        return lines.stream().map(Line::shortAmount).reduce(Money.ZERO, Money::plus);
    }

    /** @param amount what the collected units cost; shortAmount what the short ones would have */
    public record Line(String productName, String unit, int quantity, int shortQuantity, Money amount,
                       Money shortAmount) {

        public int collected() {
            return quantity - shortQuantity;
        }
    }
}
