package com.linli.persistence.order;

import static com.linli.persistence.shared.SqlBesideJpa.at;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.linli.domain.order.MemberOrder;
import com.linli.domain.order.OrderArrivals;
import com.linli.persistence.shared.SqlBesideJpa;

/** Shortages and readiness for a pickup point's orders, each one statement however many orders it touches. */
@Repository
class JdbcOrderArrivals implements OrderArrivals {

    private static final RowMapper<MemberOrder> MEMBER_ORDER = (row, number) -> new MemberOrder(row.getLong("id"),
            row.getLong("group_buy_id"), row.getLong("community_id"), row.getLong("member_id"));

    private final JdbcClient jdbc;
    private final SqlBesideJpa sql;

    JdbcOrderArrivals(JdbcClient jdbc, SqlBesideJpa sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /**
     * Walks the item's confirmed lines from the order placed last backwards, taking from each what is
     * left of the shortage; the amount taken, at the line's charged price, is no longer owed.
     */
    @Override
    public List<MemberOrder> allocateShortage(long itemId, int shortQuantity) {
        sql.beforeSql();
        var hit = jdbc.sql("""
                        with ranked as (
                            select l.id, l.quantity - l.short_quantity as left_over,
                                   coalesce(sum(l.quantity - l.short_quantity) over (
                                       order by o.placed_at desc, o.id desc
                                       rows between unbounded preceding and 1 preceding), 0) as taken_before
                            from order_lines l join orders o on o.id = l.order_id
                            where l.item_id = :item and l.status = 'ACTIVE' and o.status = 'CONFIRMED'
                        ), taken as (
                            update order_lines l
                            set short_quantity = l.short_quantity + least(r.left_over, :short - r.taken_before)
                            from ranked r
                            where l.id = r.id and r.taken_before < :short and r.left_over > 0
                            returning l.order_id,
                                      least(r.left_over, :short - r.taken_before)
                                          * coalesce(l.final_unit_price, l.unit_price) as amount
                        )
                        update orders o
                        set shortage_amount = o.shortage_amount + t.amount, version = o.version + 1
                        from taken t
                        where o.id = t.order_id
                        returning o.id, o.group_buy_id, o.community_id, o.member_id""")
                .param("item", itemId).param("short", shortQuantity)
                .query(MEMBER_ORDER).list();
        sql.afterWritingMappedRows();
        return hit;
    }

    @Override
    public List<MemberOrder> makeReady(Collection<Long> groupBuyIds, long actorId, Instant now) {
        sql.beforeSql();
        var ready = jdbc.sql("""
                        with arrived as (
                            select o.id, bool_or(l.quantity > l.short_quantity) as anything_arrived
                            from orders o join order_lines l on l.order_id = o.id and l.status = 'ACTIVE'
                            where o.group_buy_id in (:groupBuys) and o.status = 'CONFIRMED'
                            group by o.id
                        ), moved as (
                            update orders o
                            set status = case when a.anything_arrived then 'READY_FOR_PICKUP' else 'VOIDED' end,
                                pickup_code = case when a.anything_arrived then o.pickup_code end,
                                updated_at = :now, version = o.version + 1
                            from arrived a
                            where o.id = a.id
                            returning o.id, o.group_buy_id, o.community_id, o.member_id, o.status
                        ), recorded as (
                            insert into order_transitions (id, order_id, community_id, from_status, to_status, actor_id, at)
                            select nextval('order_transitions_seq'), id, community_id, 'CONFIRMED', status, :actor, :now
                            from moved
                        )
                        select id, group_buy_id, community_id, member_id from moved
                        where status = 'READY_FOR_PICKUP' order by id""")
                .param("groupBuys", groupBuyIds).param("actor", actorId).param("now", at(now))
                .query(MEMBER_ORDER).list();
        sql.afterWritingMappedRows();
        return ready;
    }
}
