package com.linli.domain.order;

import java.time.Instant;

import com.linli.domain.shared.Money;

/** One order as the admin's search lists it: who, where, what state, how much. */
public record OrderRow(long id, Instant placedAt, OrderStatus status, PaymentStatus paymentStatus, String memberName,
                       String memberUsername, String memberPhone, String communityName, long groupBuyId,
                       String groupBuyTitle, Money total) {
}
