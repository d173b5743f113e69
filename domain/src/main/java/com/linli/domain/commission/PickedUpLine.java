package com.linli.domain.commission;

import com.linli.domain.shared.Money;

/**
 * A collected order line as the ledger needs it.
 *
 * @param leaderId the user who ran the line's group-buy
 * @param units    what the member took home: ordered less short
 * @param amount   what those units cost: the line amount net of shortage
 * @param rate     frozen at the cutoff
 */
public record PickedUpLine(long orderLineId, long orderId, long groupBuyId, long communityId, long leaderId, int units,
                           Money amount, Rate rate) {
}
