package com.linli.domain.order;

/** One member's order, as what many orders went through at once reports it. */
public record MemberOrder(long orderId, long groupBuyId, long communityId, long memberId) {
}
