package com.linli.persistence.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.linli.domain.notification.UnreadNotifications;

/** Plain SQL: counting through JPA opened a persistence context on every page for one number. */
@Repository
class JdbcUnreadNotifications implements UnreadNotifications {

    private final JdbcClient jdbc;

    JdbcUnreadNotifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long countFor(long userId) {
        return jdbc.sql("select count(*) from notifications where user_id = :user and read_at is null")
                .param("user", userId).query(Long.class).single();
    }
}
