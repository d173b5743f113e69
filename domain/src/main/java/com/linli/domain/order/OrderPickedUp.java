package com.linli.domain.order;

import java.time.Instant;

/** The member collected the order at the pickup point (核销), on time or late. */
public record OrderPickedUp(long orderId, long groupBuyId, long communityId, long memberId, Instant pickedUpAt) {
}
