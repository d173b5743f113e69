package com.linli.domain.commission;

import java.time.Instant;
import java.util.List;

/**
 * The rule in force at a moment, resolved in the database by {@link CommissionScope}'s precedence:
 * for every line of a closed group-buy at once, or for one product and leader to explain it.
 */
public interface CommissionRates {

    /**
     * Freezes on every line of the group-buy's orders (cancelled ones aside) the rate and rule in
     * force at {@code at} for its item's product, category, supplier and leader; 0 % without any rule.
     * Lines frozen before keep their rate. One statement, however many lines.
     *
     * @return how many lines were frozen
     */
    int freeze(long groupBuyId, Instant at);

    /** The rules in force at {@code at} that would apply to the product sold by the leader: at most one per scope. */
    List<RuleInForce> inForce(long productId, long leaderUserId, Instant at);
}
