package com.linli.domain.fulfilment;

import java.time.LocalDate;

/**
 * Which purchase orders the back office lists; null means any.
 *
 * @param pickupDate null for any date
 * @param supplierId null for any supplier
 * @param status     null for any status
 */
public record PurchaseOrderFilter(LocalDate pickupDate, Long supplierId, PurchaseOrderStatus status) {
}
