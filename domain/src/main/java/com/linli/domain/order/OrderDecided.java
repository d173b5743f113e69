package com.linli.domain.order;

/**
 * A group-buy's cancellation voided an order (the cutoff decides its orders all at once: {@link OrdersDecided}).
 */
public record OrderDecided(long orderId, long groupBuyId, long communityId, long memberId, OrderStatus status,
                           boolean partly) {
}
