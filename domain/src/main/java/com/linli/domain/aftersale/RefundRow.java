package com.linli.domain.aftersale;

import java.time.Instant;

import com.linli.domain.shared.Money;

/**
 * A refund request as lists show it. Member name and phone are for the point's leader and admins;
 * the member's own list does not show them.
 */
public record RefundRow(long id, long orderId, long orderLineId, String groupBuyTitle, String productName, int quantity, Money amount,
                        String reason, boolean photo, RefundStatus status, String decisionReason, Instant requestedAt,
                        Instant decidedAt, String memberName, String memberPhone, String communityName) {

    public boolean isPending() {
        return status == RefundStatus.PENDING;
    }
}
