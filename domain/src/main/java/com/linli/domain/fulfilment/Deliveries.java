package com.linli.domain.fulfilment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The deliveries to the pickup points, as aggregates. */
public interface Deliveries {

    /** Writes now, so what follows in the transaction reads the delivery as signed. */
    Delivery saveAndFlush(Delivery delivery);

    /**
     * Locks every delivery of a pickup point for a pickup date, in id order, until the transaction ends:
     * the deliveries of one group-buy (one per supplier) are signed one after the other, so the last
     * signature sees all the others.
     */
    List<Delivery> lockAllOf(long communityId, LocalDate pickupDate);

    /** Of the group-buys given, those whose every purchase-order line has arrived and was signed for. */
    List<Long> fullyReceived(Collection<Long> groupBuyIds);

    /** The pickup date of a delivery to the pickup point, without loading it (it is locked after its siblings). */
    Optional<LocalDate> findPickupDate(Long id, long communityId);
}
