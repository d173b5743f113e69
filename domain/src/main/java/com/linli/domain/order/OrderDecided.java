package com.linli.domain.order;

/**
 * The cutoff decided an order: confirmed (all lines or only some succeeded) or voided.
 */
public record OrderDecided(long orderId, long groupBuyId, long communityId, long memberId, OrderStatus status,
                           boolean partly) {
}
