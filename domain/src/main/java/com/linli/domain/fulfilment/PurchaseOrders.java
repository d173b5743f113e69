package com.linli.domain.fulfilment;

import java.util.Optional;

/** The purchase orders, as aggregates. */
public interface PurchaseOrders {

    PurchaseOrder save(PurchaseOrder purchaseOrder);

    /**
     * Loads a purchase order holding an exclusive lock until the transaction ends: one send or ship at
     * a time, and a gathering that shares the lock adds lines only to a purchase order still open.
     */
    Optional<PurchaseOrder> findForUpdate(Long id);
}
