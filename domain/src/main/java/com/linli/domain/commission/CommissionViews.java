package com.linli.domain.commission;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.Paged;

/** What the rule pages and the leader's ledger read, each in a fixed number of statements. */
public interface CommissionViews {

    /** Rules planned or in force at {@code now}, or only those ended, by scope and first day. */
    Paged<RuleRow> rules(boolean ended, Instant now, PageQuery page);

    RuleChoices ruleChoices();

    /** The supplier, category, product or leader a rule of the scope would apply to, named; empty if none. */
    Optional<String> targetName(CommissionScope scope, long targetId);

    Optional<ProductFacts> product(long productId);

    /** A leader, by user id, named with their community. */
    Optional<Choice> leader(long leaderUserId);

    /** @param monthStart where "this month" starts */
    LeaderCommissions.Totals leaderTotals(long leaderUserId, Instant monthStart);

    /** The group-buys the leader earned on last, newest first. */
    List<GroupBuyCommission> leaderGroupBuys(long leaderUserId, int limit);

    /** The leader's entries, newest first. */
    Paged<EntryRow> leaderEntries(long leaderUserId, PageQuery page);

    List<SettlementSummary> leaderSettlements(long leaderUserId, int limit);
}
