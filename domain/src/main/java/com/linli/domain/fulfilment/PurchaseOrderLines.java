package com.linli.domain.fulfilment;

import java.time.Instant;
import java.util.List;

/**
 * The lines of the purchase orders, moved set-based: gathered from a closed group-buy's succeeded
 * items, and dispatched as deliveries when the purchase order ships.
 */
public interface PurchaseOrderLines {

    /**
     * Adds a closed group-buy's succeeded items, each with the sum of its confirmed order lines, to the
     * open purchase order of its supplier and the group-buy's pickup date, opening one where none is.
     * Exactly once per item (a unique constraint), so running it again or concurrently adds nothing,
     * and a run after a crash adds what was missed.
     *
     * @return how many lines were added
     */
    int gather(long groupBuyId, Instant now);

    /** Closed group-buys with a succeeded item in no purchase order: what a crash or a failed run left. */
    List<Long> ungatheredGroupBuyIds();

    int count(long purchaseOrderId);

    List<Long> groupBuyIds(long purchaseOrderId);

    /** One delivery per pickup point of the purchase order, with a line per purchase-order line; once. */
    void dispatch(long purchaseOrderId, Instant expectedArrival, Instant now);
}
