package com.linli.domain.fulfilment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.linli.domain.shared.BusinessTime;

/**
 * 采购单: what one supplier delivers for one pickup date, {@code OPEN → SENT → SHIPPED}. Its lines are
 * the succeeded group-buy items of every community, gathered set-based after each cutoff (see
 * {@link PurchaseOrderLines}); shipping turns them into one delivery per pickup point.
 */
@Entity
@Table(name = "purchase_orders")
public class PurchaseOrder {

    /** How far ahead an expected arrival may lie: anything later is a typing error. */
    static final Duration FURTHEST_ARRIVAL = Duration.ofDays(14);

    // created only by the gathering's SQL, so no generator here
    @Id
    private Long id;

    private long supplierId;

    private LocalDate pickupDate;

    @Enumerated(EnumType.STRING)
    private PurchaseOrderStatus status;

    private Instant expectedArrival;

    private Instant createdAt;

    private Instant updatedAt;

    private Instant sentAt;

    private Long sentBy;

    private Instant shippedAt;

    private Long shippedBy;

    @Version
    private long version;

    protected PurchaseOrder() {
    }

    /** To the supplier: from now on later cutoffs open a new purchase order. */
    public void send(int lines, long adminId, Instant now) {
        requireStatus(PurchaseOrderStatus.OPEN);
        requireLines(lines);
        status = PurchaseOrderStatus.SENT;
        sentAt = now;
        sentBy = adminId;
        updatedAt = now;
    }

    /** The supplier shipped: expected at the pickup points at {@code arrival}, from today to two weeks ahead. */
    public void ship(int lines, Instant arrival, long adminId, Instant now) {
        requireStatus(PurchaseOrderStatus.SENT);
        requireLines(lines);
        var today = now.atZone(BusinessTime.ZONE).toLocalDate().atStartOfDay(BusinessTime.ZONE).toInstant();
        if (arrival == null || arrival.isBefore(today) || arrival.isAfter(now.plus(FURTHEST_ARRIVAL))) {
            throw new FulfilmentRejected("fulfilment.purchase-order.arrival-invalid", FURTHEST_ARRIVAL.toDays());
        }
        status = PurchaseOrderStatus.SHIPPED;
        expectedArrival = arrival;
        shippedAt = now;
        shippedBy = adminId;
        updatedAt = now;
    }

    private void requireStatus(PurchaseOrderStatus required) {
        if (status != required) {
            throw new FulfilmentRejected("fulfilment.purchase-order.wrong-status", status);
        }
    }

    private static void requireLines(int lines) {
        if (lines == 0) {
            throw new FulfilmentRejected("fulfilment.purchase-order.empty");
        }
    }

    public Long getId() {
        return id;
    }

    public long getSupplierId() {
        return supplierId;
    }

    public LocalDate getPickupDate() {
        return pickupDate;
    }

    public PurchaseOrderStatus getStatus() {
        return status;
    }

    public Instant getExpectedArrival() {
        return expectedArrival;
    }

    public Instant getShippedAt() {
        return shippedAt;
    }
}
