package com.linli.domain.groupbuy;

import java.time.Instant;
import java.util.List;

import com.linli.domain.shared.Money;

/** A group-buy as its card on the community home shows it: each item with its progress. */
public record GroupBuyCard(long id, String title, GroupBuyStatus status, Instant closesAt, List<Item> items) {

    public GroupBuyCard {
        items = List.copyOf(items);
    }

    public Money lowestPrice() {
        return items.stream().map(Item::price).min(Money::compareTo).orElse(Money.ZERO);
    }

    public record Item(String productName, Money price, int threshold, int sold, Integer stockLimit,
                       ItemOutcome outcome) {

        /** Units still needed to reach the threshold (还差 N 件成团). */
        public int missing() {
            return Math.max(threshold - sold, 0);
        }

        public boolean soldOut() {
            return stockLimit != null && sold >= stockLimit;
        }
    }
}
