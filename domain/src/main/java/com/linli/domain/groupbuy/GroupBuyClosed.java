package com.linli.domain.groupbuy;

import java.time.Instant;

/** The cutoff decided every item of a group-buy. */
public record GroupBuyClosed(long groupBuyId, long communityId, Instant closedAt) {
}
