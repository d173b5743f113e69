package com.linli.domain.order;

/**
 * What the order form did: placed the member's order in the group-buy, or changed the live one.
 *
 * @param placed true for a new order (or the earlier one of a retried idempotency key), false for a change
 */
public record PlacedOrChanged(Order order, boolean placed) {
}
