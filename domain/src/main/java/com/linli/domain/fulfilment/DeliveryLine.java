package com.linli.domain.fulfilment;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One group-buy item's goods in a delivery: shipped as its purchase-order line, received as signed. */
@Entity
@Table(name = "delivery_lines")
public class DeliveryLine {

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "delivery_id")
    private Delivery delivery;

    private long groupBuyId;

    private long groupBuyItemId;

    private String productName;

    private int shipped;

    private Integer received;

    protected DeliveryLine() {
    }

    void receive(int quantity) {
        if (quantity < 0 || quantity > shipped) {
            throw new FulfilmentRejected("fulfilment.delivery.received-invalid", productName, shipped);
        }
        this.received = quantity;
    }

    /** Units that did not arrive; none before signing. */
    public int getShort() {
        return received == null ? 0 : shipped - received;
    }

    public Long getId() {
        return id;
    }

    public long getGroupBuyId() {
        return groupBuyId;
    }

    public long getGroupBuyItemId() {
        return groupBuyItemId;
    }

    public String getProductName() {
        return productName;
    }

    public int getShipped() {
        return shipped;
    }

    public Integer getReceived() {
        return received;
    }
}
