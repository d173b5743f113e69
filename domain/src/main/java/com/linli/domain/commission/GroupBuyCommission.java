package com.linli.domain.commission;

import java.time.LocalDate;

import com.linli.domain.shared.Money;

/** What a leader earned on one group-buy: over its collected lines, refunds taken off. */
public record GroupBuyCommission(long groupBuyId, String title, LocalDate pickupDate, int lines, Money base,
                                 Money commission) {
}
