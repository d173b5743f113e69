package com.linli.domain.order;

import java.time.Instant;

import com.linli.domain.shared.Money;

/**
 * Units of a collected line were paid back (售后).
 *
 * @param amount what the units had been charged
 * @param refundId the after-sale request the refund settles
 */
public record OrderLineRefunded(long orderId, long orderLineId, long groupBuyId, long communityId, long memberId,
                                int quantity, Money amount, long refundId, Instant refundedAt) {
}
