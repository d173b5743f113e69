package com.linli.domain.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.Paged;

/**
 * The dashboards' figures, each an aggregate computed by the database over what other features own;
 * nothing here writes. Times are half-open: from ≤ t < to. Sales (figures' GMV, orders and
 * shortages, the mixes, top products, {@link #sales}) count whole days in China, so their times are
 * midnights there.
 */
public interface InsightViews {

    List<String> cities();

    Optional<String> communityName(long communityId);

    /**
     * Counted by whole days in China from the rollups, so {@code from}, {@code to} and {@code repurchaseFrom}
     * are midnights in Asia/Shanghai, as a {@link Period}'s are.
     *
     * @param repurchaseFrom where the 30 days of the repurchase rate begin
     */
    Figures figures(Scope scope, Instant from, Instant to, Instant repurchaseFrom);

    /** @param limit how many communities and leaders */
    SalesMix salesMix(Scope scope, Instant from, Instant to, int limit);

    /** @param limit how many products; every category comes */
    ProductMix productMix(Scope scope, Instant from, Instant to, int limit);

    List<Ranked> topProducts(Scope scope, Instant from, Instant to, int limit);

    /** Orders of the community's group-buys picked up on {@code today}: {waiting, collected}. */
    long[] pickupsOn(long communityId, LocalDate today);

    List<LeaderDashboard.OpenGroupBuy> openGroupBuys(long communityId);

    /** Confirmed orders and their GMV: {gmv fen, orders}. */
    long[] sales(long communityId, Instant from, Instant to);

    /** Σ the leader's commission entries recorded in the time. */
    long commission(long leaderUserId, Instant from, Instant to);

    /** Members now and joined since the month's start; buyers of the month and of the repurchase window. */
    LeaderDashboard.MemberFigures members(long communityId, Instant monthStart, Instant to, Instant repurchaseFrom);

    /** The community's members, newest first, with their orders here. */
    Paged<LeaderDashboard.MemberRow> memberList(long communityId, PageQuery page);
}
