package com.linli.domain.fulfilment;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The lines of the purchase orders, moved set-based: gathered from a closed group-buy's succeeded
 * items, withdrawn when it is cancelled, and dispatched as deliveries when the purchase order ships.
 */
public interface PurchaseOrderLines {

    /**
     * Adds a closed group-buy's succeeded items, each with the sum of its confirmed order lines, to the
     * open purchase order of its supplier and the group-buy's pickup date, opening one where none is.
     * Exactly once per item (a unique constraint), so running it again or concurrently adds nothing,
     * and a run after a crash adds what was missed. Nothing once the group-buy is cancelled: gathering
     * shares the group-buy's lock, so a cancellation either waits for the lines and withdraws them, or
     * is seen.
     *
     * @return how many lines were added
     */
    int gather(long groupBuyId, Instant now);

    /** Closed group-buys with a succeeded item in no purchase order: what a crash or a failed run left. */
    List<Long> ungatheredGroupBuyIds();

    int count(long purchaseOrderId);

    List<Long> groupBuyIds(long purchaseOrderId);

    /**
     * The purchase orders holding a group-buy's lines, with their status, each locked against being
     * sent or shipped until the transaction ends. One being sent or shipped right now is not waited
     * for: that fails at once with a {@code PessimisticLockingFailureException}, since shipping locks
     * the group-buys after the purchase order, and waiting would be a deadlock.
     */
    Map<Long, PurchaseOrderStatus> holding(long groupBuyId);

    /** Takes a group-buy's lines out of their purchase orders, and drops an open one left empty. */
    void withdraw(long groupBuyId);

    /** One delivery per pickup point of the purchase order, with a line per purchase-order line; once. */
    void dispatch(long purchaseOrderId, Instant expectedArrival, Instant now);
}
