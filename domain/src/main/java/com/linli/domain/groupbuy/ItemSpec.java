package com.linli.domain.groupbuy;

import java.util.List;

import com.linli.domain.shared.Money;

/**
 * One catalog product as a leader offers it: the product's bounds as the catalog has them now,
 * and the leader's price, threshold, limits and tiers.
 *
 * @param stockLimit     null for no limit
 * @param perMemberLimit null for no limit
 */
public record ItemSpec(long productId, String productName, String unit, Money floorPrice, Money retailPrice,
                       Money price, int threshold, Integer stockLimit, Integer perMemberLimit,
                       List<PriceTier> tiers) {

    public ItemSpec {
        tiers = List.copyOf(tiers);
    }
}
