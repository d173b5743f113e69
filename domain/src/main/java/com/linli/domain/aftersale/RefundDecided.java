package com.linli.domain.aftersale;

/** The point's leader or an admin decided a member's refund request. */
public record RefundDecided(long requestId, long orderId, long memberId, RefundStatus decision) {
}
