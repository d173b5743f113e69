package com.linli.domain.groupbuy;

import java.time.Instant;

/** A group-buy was cancelled; orders that held it are voided. */
public record GroupBuyCancelled(long groupBuyId, long communityId, Instant cancelledAt) {
}
