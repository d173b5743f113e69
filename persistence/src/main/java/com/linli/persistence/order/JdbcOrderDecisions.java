package com.linli.persistence.order;

import static com.linli.persistence.shared.SqlBesideJpa.at;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.linli.domain.order.OrderDecisions;
import com.linli.domain.order.OrdersDecided;
import com.linli.persistence.shared.SqlBesideJpa;

/**
 * The cutoff's verdict on a group-buy's orders in a few statements however many orders it holds:
 * lines, voided orders, then confirmed orders with their pickup codes; a cancellation's in one.
 */
@Repository
class JdbcOrderDecisions implements OrderDecisions {

    /** Candidate codes drawn per order still waiting for one: few are taken, so one round is the rule. */
    private static final int DRAWS_PER_ORDER = 2;

    private final JdbcClient jdbc;
    private final SqlBesideJpa sql;

    JdbcOrderDecisions(JdbcClient jdbc, SqlBesideJpa sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    @Override
    public OrdersDecided decide(long groupBuyId, long communityId, Instant now) {
        sql.beforeSql(); // the items' outcomes and final prices, decided by the group-buy, are written first
        jdbc.sql("""
                        update order_lines l
                        set status = case when i.outcome = 'SUCCEEDED' then 'ACTIVE' else 'VOIDED' end,
                            final_unit_price = i.final_price
                        from orders o, group_buy_items i
                        where o.group_buy_id = :groupBuy and o.status = 'PLACED' and l.order_id = o.id
                          and i.id = l.item_id""")
                .param("groupBuy", groupBuyId).update();
        var confirmed = new ArrayList<Long>();
        var partly = new ArrayList<Long>();
        var voided = new ArrayList<Long>();
        jdbc.sql("""
                        with decided as (
                            select o.id, o.community_id, coalesce(bool_or(l.status = 'ACTIVE'), false) as confirmed,
                                   coalesce(bool_or(l.status = 'VOIDED'), false) as partly
                            from orders o left join order_lines l on l.order_id = o.id
                            where o.group_buy_id = :groupBuy and o.status = 'PLACED'
                            group by o.id
                        ), voided as (
                            update orders o
                            set status = 'VOIDED', updated_at = :now, version = o.version + 1
                            from decided d
                            where o.id = d.id and not d.confirmed
                            returning o.id, o.community_id
                        ), recorded as (
                            insert into order_transitions (id, order_id, community_id, from_status, to_status, actor_id, at)
                            select nextval('order_transitions_seq'), id, community_id, 'PLACED', 'VOIDED', null, :now
                            from voided
                        )
                        select id, confirmed, partly from decided order by id""")
                .param("groupBuy", groupBuyId).param("now", at(now))
                .query(row -> {
                    var id = row.getLong("id");
                    (!row.getBoolean("confirmed") ? voided : row.getBoolean("partly") ? partly : confirmed).add(id);
                });
        var toConfirm = confirmed.size() + partly.size();
        if (toConfirm > 0) {
            // two cutoffs at one pickup point (the job's and a leader's early close) take turns drawing codes: each
            // draw sees only committed codes, so at once they could both draw the same one and the later fail
            jdbc.sql("select pg_advisory_xact_lock(hashtextextended('pickup_codes', :community))")
                    .param("community", communityId).query().listOfRows();
        }
        while (toConfirm > 0) {
            int done = confirmWithCodes(groupBuyId, communityId, now);
            if (done == 0) {
                throw new IllegalStateException("No pickup codes left at the pickup point of community " + communityId);
            }
            toConfirm -= done;
        }
        sql.afterWritingMappedRows();
        return new OrdersDecided(groupBuyId, confirmed, partly, voided);
    }

    @Override
    public List<Long> voidAll(long groupBuyId, long actorId, Instant now) {
        sql.beforeSql(); // the group-buy's cancellation is written first
        var voided = jdbc.sql("""
                        with live as (
                            select id, community_id, status from orders
                            where group_buy_id = :groupBuy and status in ('PLACED', 'CONFIRMED')
                        ), lines as (
                            update order_lines l set status = 'VOIDED'
                            from live where l.order_id = live.id and l.status = 'ACTIVE'
                        ), voided as (
                            update orders o
                            set status = 'VOIDED', pickup_code = null, updated_at = :now, version = o.version + 1
                            from live where o.id = live.id
                        ), recorded as (
                            insert into order_transitions (id, order_id, community_id, from_status, to_status, actor_id, at)
                            select nextval('order_transitions_seq'), id, community_id, status, 'VOIDED', :actor, :now
                            from live
                        )
                        select id from live order by id""")
                .param("groupBuy", groupBuyId).param("actor", actorId).param("now", at(now))
                .query(Long.class).list();
        sql.afterWritingMappedRows();
        return voided;
    }

    /**
     * Confirms the orders left placed, each with a distinct random code that no open order of the
     * pickup point holds; an order whose draw fell short waits for the next round.
     *
     * @return how many were confirmed
     */
    private int confirmWithCodes(long groupBuyId, long communityId, Instant now) {
        return jdbc.sql("""
                        with waiting as (
                            select id, community_id, row_number() over (order by random()) as n
                            from orders where group_buy_id = :groupBuy and status = 'PLACED'
                        ), drawn as (
                            select code, row_number() over (order by random()) as n
                            from (select distinct lpad(floor(random() * 1000000)::int::text, 6, '0') as code
                                  from generate_series(1, (select :draws * count(*) from waiting))) candidate
                            where not exists (select 1 from orders taken
                                              where taken.community_id = :community and taken.pickup_code = candidate.code
                                                and taken.status in ('CONFIRMED', 'READY_FOR_PICKUP'))
                        ), confirmed as (
                            update orders o
                            set status = 'CONFIRMED', pickup_code = d.code, updated_at = :now, version = o.version + 1
                            from waiting w join drawn d on d.n = w.n
                            where o.id = w.id
                            returning o.id, o.community_id
                        )
                        insert into order_transitions (id, order_id, community_id, from_status, to_status, actor_id, at)
                        select nextval('order_transitions_seq'), id, community_id, 'PLACED', 'CONFIRMED', null, :now
                        from confirmed""")
                .param("groupBuy", groupBuyId).param("community", communityId).param("draws", DRAWS_PER_ORDER)
                .param("now", at(now)).update();
    }
}
