package com.linli.domain.groupbuy;

import java.time.Instant;

/** A group-buy was cancelled, by its leader or an admin (the actor); orders that held it are voided. */
public record GroupBuyCancelled(long groupBuyId, long communityId, long actorId, Instant cancelledAt) {
}
