package com.linli.domain.fulfilment;

/** On its way to the pickup point, or signed for there by the leader (签收). */
public enum DeliveryStatus {
    SHIPPED, RECEIVED
}
