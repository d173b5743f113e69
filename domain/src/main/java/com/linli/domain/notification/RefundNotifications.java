package com.linli.domain.notification;

import java.time.Clock;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.linli.domain.aftersale.RefundDecided;
import com.linli.domain.aftersale.RefundStatus;

/** Tells members how their after-sale requests were decided. */
@Component
class RefundNotifications {

    private final OrderNotifications notifications;
    private final Clock clock;

    RefundNotifications(OrderNotifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @EventListener
    void decided(RefundDecided decided) {
        notifications.notifyMembers(List.of(decided.orderId()), decided.decision() == RefundStatus.APPROVED
                ? NotificationKind.REFUND_APPROVED : NotificationKind.REFUND_REJECTED, clock.instant());
    }
}
