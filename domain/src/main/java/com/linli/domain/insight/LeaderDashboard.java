package com.linli.domain.insight;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.linli.domain.community.Community;
import com.linli.domain.shared.Money;
import com.linli.domain.shared.Paged;

/**
 * What a leader's dashboard shows of their own community, and of nobody else's.
 *
 * @param community the community the leader leads
 * @param waiting   orders of group-buys picked up today that arrived and wait for their member
 * @param collected orders of group-buys picked up today that their member collected
 * @param gmv       GMV of the month's confirmed orders (as on the admin dashboard)
 * @param commission Σ the leader's commission entries recorded this month (earned less reversed)
 */
public record LeaderDashboard(Community community, LocalDate today, YearMonth month, long waiting, long collected,
                              List<OpenGroupBuy> openGroupBuys, Money gmv, long orders, Money commission,
                              MemberFigures members, List<Ranked> products, Paged<MemberRow> memberList) {

    public LeaderDashboard {
        openGroupBuys = List.copyOf(openGroupBuys);
        products = List.copyOf(products);
    }

    /**
     * An open group-buy and how far its items are toward their thresholds.
     *
     * @param itemsReached items whose sold quantity reached their threshold
     */
    public record OpenGroupBuy(long id, String title, Instant closesAt, long orders, int items, int itemsReached) {

        /** Items reached ÷ items, in whole percent, for a progress bar. */
        public int progress() {
            return items == 0 ? 0 : itemsReached * 100 / items;
        }
    }

    /**
     * @param count          members now
     * @param joined         members who joined this month
     * @param active         members with an order placed this month that they did not cancel
     * @param buyers30       members with an order (not cancelled) placed in the last 30 days
     * @param repeatBuyers30 of those, members with two or more
     */
    public record MemberFigures(long count, long joined, long active, long buyers30, long repeatBuyers30) {

        public BigDecimal repurchase() {
            return Figures.percent(repeatBuyers30, buyers30);
        }
    }

    /**
     * A member of the leader's community; only this leader sees the phone.
     *
     * @param lastOrder null if they never ordered here
     * @param orders    their orders here that they did not cancel
     */
    public record MemberRow(long id, String name, String phone, Instant joinedAt, Instant lastOrder, long orders) {
    }
}
