package com.linli.domain.notification;

import java.time.Instant;
import java.util.List;

/** Members' notifications. */
public interface Notifications {

    Notification save(Notification notification);

    List<Notification> findTop50ByUserIdOrderByCreatedAtDesc(long userId);

    /** Marks every unread notification of the user read at {@code at}. */
    void markAllRead(long userId, Instant at);
}
