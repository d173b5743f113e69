package com.linli.domain.commission;

import com.linli.domain.shared.Money;

/**
 * Where a line stands in the ledger: the sums of its entries so far.
 *
 * @param base       the amount commission is earned on: collected less refunded, at the charged price
 * @param commission what the entries add up to, always {@code rate.of(base)}
 */
public record LineBalance(long orderLineId, long orderId, long groupBuyId, long communityId, long leaderId, Rate rate,
                          Money base, Money commission) {
}
