package com.linli.domain.notification;

import java.time.Clock;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.linli.domain.order.OrdersDecided;
import com.linli.domain.order.OrdersVoided;

/** Tells members what the cutoff, or a group-buy's cancellation, decided about their orders. */
@Service
@Transactional
public class NotificationService {

    private final Notifications notifications;
    private final OrderNotifications orderNotifications;
    private final UnreadNotifications unread;
    private final Clock clock;

    NotificationService(Notifications notifications, OrderNotifications orderNotifications,
                        UnreadNotifications unread, Clock clock) {
        this.notifications = notifications;
        this.orderNotifications = orderNotifications;
        this.unread = unread;
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

    /** A group-buy cancelled by an admin: its members are told so, not that it failed. */
    @EventListener
    void ordersVoided(OrdersVoided voided) {
        orderNotifications.notifyMembers(voided.orderIds(), NotificationKind.GROUP_BUY_CANCELLED, clock.instant());
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
