package com.linli.domain.notification;

import java.time.Instant;
import java.util.Collection;

/**
 * Notifications for many orders at once, one statement however many: a hot group-buy's arrival
 * tells thousands of members.
 */
public interface OrderNotifications {

    /** Tells the member of each order, naming the order's group-buy. */
    void notifyMembers(Collection<Long> orderIds, NotificationKind kind, Instant now);
}
