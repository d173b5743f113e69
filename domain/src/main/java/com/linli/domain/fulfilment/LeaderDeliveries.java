package com.linli.domain.fulfilment;

import java.util.List;

/** A pickup point's deliveries: those on their way, and the latest signed ones. */
public record LeaderDeliveries(List<DeliveryView> incoming, List<DeliveryView> signed) {

    public LeaderDeliveries {
        incoming = List.copyOf(incoming);
        signed = List.copyOf(signed);
    }
}
