package com.linli.domain.order;

import java.time.Instant;

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

/** One step of an order's life, with when and by whom (null: the platform itself, e.g. the cutoff). */
@Entity
@Table(name = "order_transitions")
public class OrderTransition {

    @Id
    @GeneratedValue(generator = "order_transitions_seq")
    @SequenceGenerator(name = "order_transitions_seq", sequenceName = "order_transitions_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private Order order;

    private long communityId;

    @Enumerated(EnumType.STRING)
    private OrderStatus fromStatus;

    @Enumerated(EnumType.STRING)
    private OrderStatus toStatus;

    private Long actorId;

    private Instant at;

    protected OrderTransition() {
    }

    OrderTransition(Order order, OrderStatus from, OrderStatus to, Long actorId, Instant at) {
        this.order = order;
        this.communityId = order.getCommunityId();
        this.fromStatus = from;
        this.toStatus = to;
        this.actorId = actorId;
        this.at = at;
    }

    public OrderStatus getFromStatus() {
        return fromStatus;
    }

    public OrderStatus getToStatus() {
        return toStatus;
    }

    public Long getActorId() {
        return actorId;
    }

    public Instant getAt() {
        return at;
    }
}
