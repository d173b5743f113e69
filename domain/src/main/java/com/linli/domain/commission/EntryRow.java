package com.linli.domain.commission;

import java.time.Instant;

import com.linli.domain.shared.Money;

/**
 * A ledger entry as pages and exports show it, with its order line and group-buy named.
 *
 * @param settlement the status of the settlement it belongs to; null while it belongs to none
 */
public record EntryRow(long id, EntryKind kind, Instant recordedAt, long orderId, long groupBuyId, String groupBuyTitle,
                       String productName, String unit, int units, Money base, Rate rate, Money amount,
                       SettlementStatus settlement) {
}
