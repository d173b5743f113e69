package com.linli.domain.notification;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Something a member should know about their order, shown until they have read it. */
@Entity
@Table(name = "notifications")
public class Notification {

    @Id
    @GeneratedValue(generator = "notifications_seq")
    @SequenceGenerator(name = "notifications_seq", sequenceName = "notifications_seq", allocationSize = 50)
    private Long id;

    private long userId;

    private long communityId;

    private long groupBuyId;

    private long orderId;

    @Enumerated(EnumType.STRING)
    private NotificationKind kind;

    private String groupBuyTitle;

    private Instant createdAt;

    private Instant readAt;

    protected Notification() {
    }

    Notification(long userId, long communityId, long groupBuyId, long orderId, NotificationKind kind,
                 String groupBuyTitle, Instant now) {
        this.userId = userId;
        this.communityId = communityId;
        this.groupBuyId = groupBuyId;
        this.orderId = orderId;
        this.kind = kind;
        this.groupBuyTitle = groupBuyTitle;
        this.createdAt = now;
    }

    public boolean isUnread() {
        return readAt == null;
    }

    public Long getId() {
        return id;
    }

    public long getOrderId() {
        return orderId;
    }

    public long getGroupBuyId() {
        return groupBuyId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getGroupBuyTitle() {
        return groupBuyTitle;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
