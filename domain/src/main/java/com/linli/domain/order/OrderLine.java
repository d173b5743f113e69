package com.linli.domain.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import com.linli.domain.shared.Money;

/** 订单明细: a quantity of one group-buy item, at the group price until the cutoff sets the final one. */
@Entity
@Table(name = "order_lines")
public class OrderLine {

    @Id
    @GeneratedValue(generator = "order_lines_seq")
    @SequenceGenerator(name = "order_lines_seq", sequenceName = "order_lines_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private Order order;

    private long communityId;

    private long itemId;

    private String productName;

    private String unit;

    private int quantity;

    private Money unitPrice;

    private Money finalUnitPrice;

    @Enumerated(EnumType.STRING)
    private LineStatus status = LineStatus.ACTIVE;

    /** Units that never arrived; written only by the set-based shortage allocation, never from here. */
    @Column(insertable = false, updatable = false)
    private int shortQuantity;

    /** Units paid back after pickup (售后). */
    private int refundedQuantity;

    protected OrderLine() {
    }

    OrderLine(Order order, long itemId, String productName, String unit, int quantity, Money unitPrice) {
        this.order = order;
        this.communityId = order.getCommunityId();
        this.itemId = itemId;
        this.productName = productName;
        this.unit = unit;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
    }

    void changeQuantity(int quantity) {
        this.quantity = quantity;
    }

    /** @return what the units cost, at the price they were charged */
    Money refund(int units) {
        refundedQuantity += units;
        return price().times(units);
    }

    public boolean isActive() {
        return status == LineStatus.ACTIVE;
    }

    /** What the line costs: the final price once the cutoff set it, the group price before; short units owe nothing. */
    public Money getAmount() {
        return price().times(getCollectedQuantity());
    }

    /** What the short units would have cost: no longer owed. */
    public Money getShortAmount() {
        return price().times(shortQuantity);
    }

    private Money price() {
        return finalUnitPrice != null ? finalUnitPrice : unitPrice;
    }

    public Long getId() {
        return id;
    }

    public long getItemId() {
        return itemId;
    }

    public String getProductName() {
        return productName;
    }

    public String getUnit() {
        return unit;
    }

    /** As ordered, shortages included. */
    public int getQuantity() {
        return quantity;
    }

    public int getShortQuantity() {
        return shortQuantity;
    }

    /** What the member takes home: ordered less short. */
    public int getCollectedQuantity() {
        return quantity - shortQuantity;
    }

    public int getRefundedQuantity() {
        return refundedQuantity;
    }

    /** Collected and not refunded yet. */
    public int getRefundableQuantity() {
        return getCollectedQuantity() - refundedQuantity;
    }

    /** The price each unit was charged: the final one once the cutoff set it. */
    public Money getChargedUnitPrice() {
        return price();
    }

    public Money getUnitPrice() {
        return unitPrice;
    }

    public Money getFinalUnitPrice() {
        return finalUnitPrice;
    }

    public LineStatus getStatus() {
        return status;
    }
}
