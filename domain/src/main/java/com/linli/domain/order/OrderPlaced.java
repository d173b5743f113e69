package com.linli.domain.order;

public record OrderPlaced(long orderId, long groupBuyId, long communityId, long memberId) {
}
