package com.linli.domain.notification;

import java.time.Clock;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.linli.domain.groupbuy.GroupBuys;
import com.linli.domain.order.OrderDecided;
import com.linli.domain.order.OrderStatus;

/** Tells members what the cutoff decided about their orders. */
@Service
@Transactional
public class NotificationService {

    private final Notifications notifications;
    private final GroupBuys groupBuys;
    private final Clock clock;

    NotificationService(Notifications notifications, GroupBuys groupBuys, Clock clock) {
        this.notifications = notifications;
        this.groupBuys = groupBuys;
        this.clock = clock;
    }

    @EventListener
    void orderDecided(OrderDecided decided) {
        var kind = decided.status() == OrderStatus.VOIDED ? NotificationKind.ORDER_VOIDED
                : decided.partly() ? NotificationKind.ORDER_PARTLY_CONFIRMED : NotificationKind.ORDER_CONFIRMED;
        var title = groupBuys.findById(decided.groupBuyId()).orElseThrow().getTitle();
        notifications.save(new Notification(decided.memberId(), decided.communityId(), decided.groupBuyId(),
                decided.orderId(), kind, title, clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<Notification> latest(long userId) {
        return notifications.findTop50ByUserIdOrderByCreatedAtDesc(userId);
    }

    @Transactional(readOnly = true)
    public long unread(long userId) {
        return notifications.countByUserIdAndReadAtIsNull(userId);
    }

    public void markAllRead(long userId) {
        notifications.markAllRead(userId, clock.instant());
    }
}
