package com.linli.domain.commission;

import com.linli.domain.shared.Money;
import com.linli.domain.shared.Paged;

/**
 * A settlement as an admin reviews it before approving: its figures and its entries.
 *
 * @param orders    how many orders its entries are about
 * @param reversals how many of its entries reverse a refund
 * @param earned    the sum of its earned entries
 * @param reversed  the sum of its reversals, zero or negative
 */
public record SettlementReview(SettlementSummary settlement, int orders, int reversals, Money earned, Money reversed,
                               Paged<EntryRow> entries) {

    /** The figures of a settlement. */
    public record Figures(int orders, int reversals, Money earned, Money reversed) {
    }
}
