package com.linli.domain.commission;

import java.time.YearMonth;
import java.util.List;

import com.linli.domain.shared.Money;
import com.linli.domain.shared.Paged;

/**
 * A leader's own ledger: what they earned this month, what waits to be paid and what was, per
 * group-buy and per line with the rate used, and their settlements.
 *
 * @param pending entries not paid yet: in no settlement, or in one not paid
 * @param settled entries of paid settlements
 */
public record LeaderCommissions(YearMonth month, Money earnedThisMonth, Money pending, Money settled,
                                List<GroupBuyCommission> groupBuys, Paged<EntryRow> lines,
                                List<SettlementSummary> settlements) {

    public LeaderCommissions {
        groupBuys = List.copyOf(groupBuys);
        settlements = List.copyOf(settlements);
    }

    /** Sums of one leader's entries. */
    public record Totals(Money earnedThisMonth, Money pending, Money settled) {
    }
}
