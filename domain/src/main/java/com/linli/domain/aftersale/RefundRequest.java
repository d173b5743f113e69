package com.linli.domain.aftersale;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.linli.domain.order.Order;
import com.linli.domain.order.OrderLine;
import com.linli.domain.order.OrderStatus;
import com.linli.domain.shared.Money;

/**
 * 售后申请: a member asks for units of a collected order line back, within the refund window after
 * pickup, saying why (a photo may show it); the leader of the point or an admin approves, and the
 * units are refunded, or rejects with a reason. One request per line waits at a time.
 */
@Entity
@Table(name = "refund_requests")
public class RefundRequest {

    static final int REASON_LENGTH = 500;

    @Id
    @GeneratedValue(generator = "refund_requests_seq")
    @SequenceGenerator(name = "refund_requests_seq", sequenceName = "refund_requests_seq", allocationSize = 50)
    private Long id;

    private long orderId;

    private long orderLineId;

    private long groupBuyId;

    private long communityId;

    private long memberId;

    private String productName;

    private int quantity;

    /** What the units were charged. */
    private Money amount;

    private String reason;

    private boolean photo;

    @Enumerated(EnumType.STRING)
    private RefundStatus status;

    private String decisionReason;

    private Long decidedBy;

    private Instant decidedAt;

    private Instant requestedAt;

    @Version
    private long version;

    protected RefundRequest() {
    }

    private RefundRequest(Order order, OrderLine line, int quantity, String reason, boolean photo, Instant now) {
        this.orderId = order.getId();
        this.orderLineId = line.getId();
        this.groupBuyId = order.getGroupBuyId();
        this.communityId = order.getCommunityId();
        this.memberId = order.getMemberId();
        this.productName = line.getProductName();
        this.quantity = quantity;
        this.amount = line.getChargedUnitPrice().times(quantity);
        this.reason = reason;
        this.photo = photo;
        this.status = RefundStatus.PENDING;
        this.requestedAt = now;
    }

    /**
     * @param lineId      a line of the order the member took something home of
     * @param windowDays how long after pickup a member may ask
     */
    public static RefundRequest request(Order order, long lineId, int quantity, String reason, boolean photo,
                                        int windowDays, Instant now) {
        if (order.getStatus() != OrderStatus.PICKED_UP) {
            throw new AfterSaleRejected("aftersale.not-picked-up", order.getStatus());
        }
        var line = order.getLines().stream().filter(candidate -> candidate.getId() == lineId && candidate.isActive()
                && candidate.getCollectedQuantity() > 0).findFirst()
                .orElseThrow(() -> new AfterSaleRejected("aftersale.line-unknown"));
        if (!now.isBefore(windowEnd(order, windowDays))) {
            throw new AfterSaleRejected("aftersale.window-over", windowDays);
        }
        if (line.getRefundableQuantity() == 0) {
            throw new AfterSaleRejected("aftersale.nothing-left", line.getProductName());
        }
        if (quantity < 1 || quantity > line.getRefundableQuantity()) {
            throw new AfterSaleRejected("aftersale.quantity-invalid", line.getProductName(),
                    line.getRefundableQuantity());
        }
        var text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > REASON_LENGTH) {
            throw new AfterSaleRejected("aftersale.reason-invalid", REASON_LENGTH);
        }
        return new RefundRequest(order, line, quantity, text, photo, now);
    }

    /** Until when the member of this collected order may ask for a refund. */
    public static Instant windowEnd(Order order, int windowDays) {
        return order.getPickedUpAt().plus(Duration.ofDays(windowDays));
    }

    /** @param reason optional: what the member is told besides the refund */
    public void approve(long deciderId, String reason, Instant now) {
        decide(RefundStatus.APPROVED, deciderId, reason, now);
    }

    /** @param reason required: the member is told why */
    public void reject(long deciderId, String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new AfterSaleRejected("aftersale.decision-reason-required", REASON_LENGTH);
        }
        decide(RefundStatus.REJECTED, deciderId, reason, now);
    }

    private void decide(RefundStatus decision, long deciderId, String reason, Instant now) {
        if (status != RefundStatus.PENDING) {
            throw new AfterSaleRejected("aftersale.already-decided", status);
        }
        var text = reason == null ? null : reason.strip();
        if (text != null && text.length() > REASON_LENGTH) {
            throw new AfterSaleRejected("aftersale.decision-reason-required", REASON_LENGTH);
        }
        status = decision;
        decisionReason = text == null || text.isEmpty() ? null : text;
        decidedBy = deciderId;
        decidedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getOrderId() {
        return orderId;
    }

    public long getOrderLineId() {
        return orderLineId;
    }

    public long getCommunityId() {
        return communityId;
    }

    public long getMemberId() {
        return memberId;
    }

    public String getProductName() {
        return productName;
    }

    public int getQuantity() {
        return quantity;
    }

    public Money getAmount() {
        return amount;
    }

    public String getReason() {
        return reason;
    }

    public boolean hasPhoto() {
        return photo;
    }

    public RefundStatus getStatus() {
        return status;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
