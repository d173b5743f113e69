package com.linli.domain.fulfilment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.linli.domain.order.ItemShortage;

/**
 * 配送: the goods of one purchase order for one pickup point, {@code SHIPPED → RECEIVED}. The leader
 * signs for it (签收) with what actually arrived; what did not is a shortage of the lines' items.
 */
@Entity
@Table(name = "deliveries")
public class Delivery {

    // created only by shipping's SQL, so no generator here
    @Id
    private Long id;

    private long purchaseOrderId;

    private long communityId;

    private long supplierId;

    private LocalDate pickupDate;

    @Enumerated(EnumType.STRING)
    private DeliveryStatus status;

    private Instant expectedArrival;

    private Instant shippedAt;

    private Instant receivedAt;

    private Long receivedBy;

    @OneToMany(mappedBy = "delivery", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<DeliveryLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected Delivery() {
    }

    /**
     * 签收 with the quantity received per line id; a line not named arrived as shipped.
     *
     * @return the shortages: per group-buy item, the units that did not arrive
     */
    public List<ItemShortage> sign(Map<Long, Integer> receivedByLine, long leaderUserId, Instant now) {
        if (status == DeliveryStatus.RECEIVED) {
            throw new FulfilmentRejected("fulfilment.delivery.already-signed");
        }
        var received = new HashMap<>(receivedByLine);
        for (var line : lines) {
            var quantity = received.remove(line.getId());
            line.receive(quantity == null ? line.getShipped() : quantity);
        }
        if (!received.isEmpty()) {
            throw new FulfilmentRejected("fulfilment.delivery.line-unknown");
        }
        status = DeliveryStatus.RECEIVED;
        receivedAt = now;
        receivedBy = leaderUserId;
        return lines.stream().filter(line -> line.getShort() > 0)
                .map(line -> new ItemShortage(line.getGroupBuyItemId(), line.getShort())).toList();
    }

    /** The group-buys this delivery brings goods of. */
    public List<Long> groupBuyIds() {
        return lines.stream().map(DeliveryLine::getGroupBuyId).distinct().toList();
    }

    public Long getId() {
        return id;
    }

    public long getCommunityId() {
        return communityId;
    }

    public LocalDate getPickupDate() {
        return pickupDate;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public List<DeliveryLine> getLines() {
        return List.copyOf(lines);
    }
}
