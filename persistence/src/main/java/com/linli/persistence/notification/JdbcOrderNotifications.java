package com.linli.persistence.notification;

import static com.linli.persistence.shared.SqlBesideJpa.at;

import java.time.Instant;
import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.linli.domain.notification.NotificationKind;
import com.linli.domain.notification.OrderNotifications;
import com.linli.persistence.shared.SqlBesideJpa;

@Repository
class JdbcOrderNotifications implements OrderNotifications {

    private final JdbcClient jdbc;
    private final SqlBesideJpa sql;

    JdbcOrderNotifications(JdbcClient jdbc, SqlBesideJpa sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    @Override
    public void notifyMembers(Collection<Long> orderIds, NotificationKind kind, Instant now) {
        if (orderIds.isEmpty()) {
            return;
        }
        sql.beforeSql();
        jdbc.sql("""
                        insert into notifications (id, user_id, community_id, group_buy_id, order_id, kind,
                                                   group_buy_title, created_at)
                        select nextval('notifications_seq'), o.member_id, o.community_id, o.group_buy_id, o.id, :kind,
                               g.title, :now
                        from orders o join group_buys g on g.id = o.group_buy_id
                        where o.id in (:orders)""")
                .param("orders", orderIds).param("kind", kind.name()).param("now", at(now))
                .update();
    }
}
