package com.linli.domain.fulfilment;

import java.util.List;

/** The leader's pickup counter: how many orders wait for their members, and which were never collected. */
public record PickupDesk(long waiting, List<UnclaimedOrder> unclaimed) {

    public PickupDesk {
        unclaimed = List.copyOf(unclaimed);
    }
}
