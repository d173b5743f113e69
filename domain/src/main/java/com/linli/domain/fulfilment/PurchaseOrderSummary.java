package com.linli.domain.fulfilment;

import java.time.Instant;
import java.time.LocalDate;

import com.linli.domain.shared.Money;

/**
 * A purchase order in the back office's list, with its totals.
 *
 * @param expectedArrival null until shipped
 */
public record PurchaseOrderSummary(long id, String supplierName, LocalDate pickupDate, PurchaseOrderStatus status,
                                   int pickupPoints, int products, long quantity, Money cost,
                                   Instant expectedArrival) {
}
