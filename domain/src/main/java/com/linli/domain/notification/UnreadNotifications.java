package com.linli.domain.notification;

/** The count behind the bell, read on every page a signed-in user opens: one plain statement. */
public interface UnreadNotifications {

    long countFor(long userId);
}
