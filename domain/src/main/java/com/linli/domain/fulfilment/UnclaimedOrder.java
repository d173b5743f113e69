package com.linli.domain.fulfilment;

import java.time.LocalDate;

import com.linli.domain.shared.Money;

/** An order still waiting at the pickup point after its pickup window: collected late, or returned. */
public record UnclaimedOrder(long orderId, String memberName, String phone, String groupBuyTitle,
                             LocalDate pickupDate, Money amount) {
}
