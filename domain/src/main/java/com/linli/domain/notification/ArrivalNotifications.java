package com.linli.domain.notification;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.linli.domain.order.MemberOrder;
import com.linli.domain.order.OrdersReadyForPickup;
import com.linli.domain.order.OrdersShorted;

/** Tells members when their goods arrived (已到货，请凭提货码取货) and when some of them did not. */
@Component
class ArrivalNotifications {

    private final OrderNotifications notifications;
    private final Clock clock;

    ArrivalNotifications(OrderNotifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @EventListener
    void shorted(OrdersShorted shorted) {
        notifications.notifyMembers(shorted.orders().stream().map(MemberOrder::orderId).distinct().toList(),
                NotificationKind.ORDER_SHORT, clock.instant());
    }

    @EventListener
    void ready(OrdersReadyForPickup ready) {
        notifications.notifyMembers(ready.orders().stream().map(MemberOrder::orderId).toList(),
                NotificationKind.ORDER_READY, clock.instant());
    }
}
