package com.linli.domain.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.linli.domain.shared.Money;

/**
 * The admin dashboard's figures for a period and scope. Orders count by the day they were placed;
 * "confirmed" means past the cutoff with at least one successful line (CONFIRMED, READY_FOR_PICKUP,
 * PICKED_UP or RETURNED). Members count per community: someone in two communities counts in each.
 *
 * @param gmv            Σ quantity × charged unit price of the successful lines of confirmed orders,
 *                       as charged at the cutoff (shortages and refunds are shown on their own)
 * @param orders         confirmed orders
 * @param itemsSucceeded items of group-buys closed in the period that reached their threshold
 * @param itemsDecided   items of group-buys closed in the period, succeeded or failed
 * @param activeMembers  members with an order placed in the period that they did not cancel
 * @param newMembers     memberships that began in the period
 * @param members        memberships that began before the period ended
 * @param buyers30       members with an order placed (not cancelled) in the 30 days ending with the period
 * @param repeatBuyers30 of those, members with two or more such orders
 * @param shortOrders    confirmed orders of which something did not arrive
 * @param shortages      Σ what those orders no longer owe for what did not arrive
 * @param refunds        after-sale refunds approved in the period
 * @param refunded       Σ their amounts
 * @param accrued        Σ commission entries recorded in the period (earned less reversed)
 * @param paid           Σ commission entries whose settlement was paid in the period
 */
public record Figures(Money gmv, long orders, long itemsSucceeded, long itemsDecided, long activeMembers,
                      long newMembers, long members, long buyers30, long repeatBuyers30, long shortOrders,
                      Money shortages, long refunds, Money refunded, Money accrued, Money paid) {

    /** GMV ÷ orders, half-even to the fen; zero without orders. */
    public Money averageOrder() {
        return orders == 0 ? Money.ZERO : Money.ofFen(BigDecimal.valueOf(gmv.fen())
                .divide(BigDecimal.valueOf(orders), 0, RoundingMode.HALF_EVEN).longValueExact());
    }

    /** Items succeeded ÷ items decided, in percent with one decimal; null when nothing closed. */
    public BigDecimal successRate() {
        return percent(itemsSucceeded, itemsDecided);
    }

    /** Active members ÷ members. */
    public BigDecimal conversion() {
        return percent(activeMembers, members);
    }

    /** Repeat buyers ÷ buyers, both over the 30 days ending with the period. */
    public BigDecimal repurchase() {
        return percent(repeatBuyers30, buyers30);
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_EVEN);
    }
}
