package com.linli.domain.notification;

import java.time.Clock;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.linli.domain.groupbuy.GroupBuys;
import com.linli.domain.order.OrderDecided;
import com.linli.domain.order.OrderStatus;
import com.linli.domain.order.OrdersDecided;

/** Tells members what the cutoff, or a group-buy's cancellation, decided about their orders. */
@Service
@Transactional
public class NotificationService {

    private final Notifications notifications;
    private final OrderNotifications orderNotifications;
    private final UnreadNotifications unread;
    private final GroupBuys groupBuys;
    private final Clock clock;

    NotificationService(Notifications notifications, OrderNotifications orderNotifications,
                        UnreadNotifications unread, GroupBuys groupBuys, Clock clock) {
        this.notifications = notifications;
        this.orderNotifications = orderNotifications;
        this.unread = unread;
        this.groupBuys = groupBuys;
        this.clock = clock;
    }

    /** The cutoff: a statement per kind, however many members it tells. */
    @EventListener
    void ordersDecided(OrdersDecided decided) {
        var now = clock.instant();
        orderNotifications.notifyMembers(decided.confirmed(), NotificationKind.ORDER_CONFIRMED, now);
        orderNotifications.notifyMembers(decided.partlyConfirmed(), NotificationKind.ORDER_PARTLY_CONFIRMED, now);
        orderNotifications.notifyMembers(decided.voided(), NotificationKind.ORDER_VOIDED, now);
    }

    /** A group-buy cancelled: its orders one by one, as the cancellation voids them. */
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

    /** One statement, in the caller's transaction if there is one, else on its own: no transaction of its own to open. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public long unread(long userId) {
        return unread.countFor(userId);
    }

    public void markAllRead(long userId) {
        notifications.markAllRead(userId, clock.instant());
    }
}
