package com.linli.domain.groupbuy;

import java.util.List;

import com.linli.domain.shared.Money;

/**
 * A catalog product as the leader wants to offer it.
 *
 * @param stockLimit     null for no limit
 * @param perMemberLimit null for no limit
 */
public record ItemRequest(long productId, Money price, int threshold, Integer stockLimit, Integer perMemberLimit,
                          List<PriceTier> tiers) {

    public ItemRequest {
        tiers = List.copyOf(tiers);
    }
}
