package com.linli.domain.order;

/**
 * What the order form did: placed the member's order in the group-buy, or changed the live one.
 *
 * @param placed true for a new order, false for a change
 */
public record PlacedOrChanged(Order order, boolean placed) {
}
