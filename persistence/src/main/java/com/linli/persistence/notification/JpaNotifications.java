package com.linli.persistence.notification;

import java.time.Instant;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import com.linli.domain.notification.Notification;
import com.linli.domain.notification.Notifications;

interface JpaNotifications extends Repository<Notification, Long>, Notifications {

    @Override
    @Modifying
    @Query("update Notification n set n.readAt = :at where n.userId = :userId and n.readAt is null")
    void markAllRead(long userId, Instant at);
}
