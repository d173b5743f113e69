package com.linli.domain.order;

/** Fewer units of a group-buy item arrived at its pickup point than were ordered there. */
public record ItemShortage(long itemId, int quantity) {

    public ItemShortage {
        if (quantity < 1) {
            throw new IllegalArgumentException("A shortage is at least one unit");
        }
    }
}
