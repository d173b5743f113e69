package com.linli.persistence.fulfilment;

import static com.linli.persistence.shared.SqlBesideJpa.at;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.linli.domain.fulfilment.PurchaseOrderLines;
import com.linli.domain.fulfilment.PurchaseOrderStatus;
import com.linli.persistence.shared.SqlBesideJpa;

/**
 * Gathering, withdrawing and dispatching, set-based. Gathering shares the lock of the open purchase
 * orders it adds to, so a purchase order being sent either waits for the lines or is seen as sent; an
 * item sent meanwhile goes to the next open purchase order of its supplier.
 */
@Repository
class JdbcPurchaseOrderLines implements PurchaseOrderLines {

    private static final String SUCCEEDED_ITEMS_NOT_GATHERED = """
            from group_buy_items i join group_buys g on g.id = i.group_buy_id
            where i.group_buy_id = :groupBuy and g.status = 'CLOSED' and i.outcome = 'SUCCEEDED'
              and not exists (select 1 from purchase_order_lines l where l.group_buy_item_id = i.id)""";

    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final JdbcClient jdbc;
    private final SqlBesideJpa sql;

    JdbcPurchaseOrderLines(JdbcClient jdbc, SqlBesideJpa sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    @Override
    public int gather(long groupBuyId, Instant now) {
        sql.beforeSql();
        var closed = jdbc.sql("select id from group_buys where id = :groupBuy and status = 'CLOSED' for share")
                .param("groupBuy", groupBuyId).query(Long.class).optional();
        if (closed.isEmpty()) {
            return 0;
        }
        int added = 0;
        // a second round only when a purchase order was sent between opening and locking it
        for (int round = 0; round < 3 && missing(groupBuyId) > 0; round++) {
            jdbc.sql("""
                            insert into purchase_orders (id, supplier_id, pickup_date, status, created_at, updated_at, version)
                            select nextval('purchase_orders_seq'), s.supplier_id, s.pickup_date, 'OPEN', :now, :now, 0
                            from (select distinct i.supplier_id, g.pickup_date %s order by i.supplier_id) s
                            on conflict (supplier_id, pickup_date) where status = 'OPEN' do nothing"""
                            .formatted(SUCCEEDED_ITEMS_NOT_GATHERED))
                    .param("groupBuy", groupBuyId).param("now", at(now)).update();
            var open = jdbc.sql("""
                            select po.id from purchase_orders po
                            where po.status = 'OPEN'
                              and po.pickup_date = (select pickup_date from group_buys where id = :groupBuy)
                              and po.supplier_id in (select supplier_id from group_buy_items where group_buy_id = :groupBuy)
                            order by po.id
                            for share of po""")
                    .param("groupBuy", groupBuyId).query(Long.class).list();
            if (open.isEmpty()) {
                continue;
            }
            added += jdbc.sql("""
                            insert into purchase_order_lines (id, purchase_order_id, group_buy_item_id, group_buy_id,
                                community_id, product_id, product_name, unit, quantity, supply_price, created_at)
                            select nextval('purchase_order_lines_seq'), po.id, i.id, i.group_buy_id, i.community_id,
                                   i.product_id, i.product_name, i.unit, q.quantity, i.supply_price, :now
                            from group_buys g
                            join group_buy_items i on i.group_buy_id = g.id and i.outcome = 'SUCCEEDED'
                            join purchase_orders po on po.id in (:open) and po.supplier_id = i.supplier_id
                            join (select l.item_id, sum(l.quantity) as quantity
                                  from order_lines l join orders o on o.id = l.order_id
                                  where o.group_buy_id = :groupBuy and o.status = 'CONFIRMED' and l.status = 'ACTIVE'
                                  group by l.item_id) q on q.item_id = i.id
                            where g.id = :groupBuy and g.status = 'CLOSED'
                            order by i.id
                            on conflict (group_buy_item_id) do nothing""")
                    .param("groupBuy", groupBuyId).param("open", open).param("now", at(now)).update();
        }
        return added;
    }

    private int missing(long groupBuyId) {
        return jdbc.sql("select count(*) " + SUCCEEDED_ITEMS_NOT_GATHERED).param("groupBuy", groupBuyId)
                .query(Integer.class).single();
    }

    @Override
    public List<Long> ungatheredGroupBuyIds() {
        return jdbc.sql("""
                        select distinct g.id from group_buys g
                        join group_buy_items i on i.group_buy_id = g.id and i.outcome = 'SUCCEEDED'
                        where g.status = 'CLOSED'
                          and not exists (select 1 from purchase_order_lines l where l.group_buy_item_id = i.id)
                        order by g.id""")
                .query(Long.class).list();
    }

    @Override
    public Map<Long, PurchaseOrderStatus> holding(long groupBuyId) {
        sql.beforeSql();
        var holding = new LinkedHashMap<Long, PurchaseOrderStatus>();
        try {
            jdbc.sql("""
                            select id, status from purchase_orders
                            where id in (select purchase_order_id from purchase_order_lines where group_buy_id = :groupBuy)
                            order by id
                            for share nowait""")
                    .param("groupBuy", groupBuyId)
                    .query(row -> {
                        holding.put(row.getLong("id"), PurchaseOrderStatus.valueOf(row.getString("status")));
                    });
        } catch (UncategorizedSQLException e) {
            // Spring's codes for PostgreSQL leave lock_not_available uncategorised
            if (LOCK_NOT_AVAILABLE.equals(e.getSQLException().getSQLState())) {
                throw new CannotAcquireLockException(e.getMessage(), e);
            }
            throw e;
        }
        return holding;
    }

    @Override
    public void withdraw(long groupBuyId) {
        jdbc.sql("""
                        with withdrawn as (
                            delete from purchase_order_lines where group_buy_id = :groupBuy
                            returning purchase_order_id
                        )
                        delete from purchase_orders po
                        where po.id in (select purchase_order_id from withdrawn) and po.status = 'OPEN'
                          and not exists (select 1 from purchase_order_lines l
                                          where l.purchase_order_id = po.id and l.group_buy_id <> :groupBuy)""")
                .param("groupBuy", groupBuyId).update();
    }

    @Override
    public int count(long purchaseOrderId) {
        return jdbc.sql("select count(*) from purchase_order_lines where purchase_order_id = :id")
                .param("id", purchaseOrderId).query(Integer.class).single();
    }

    @Override
    public List<Long> groupBuyIds(long purchaseOrderId) {
        return jdbc.sql("select distinct group_buy_id from purchase_order_lines where purchase_order_id = :id order by 1")
                .param("id", purchaseOrderId).query(Long.class).list();
    }

    @Override
    public void dispatch(long purchaseOrderId, Instant expectedArrival, Instant now) {
        sql.beforeSql();
        jdbc.sql("""
                        insert into deliveries (id, purchase_order_id, community_id, supplier_id, pickup_date, status,
                                                expected_arrival, shipped_at, version)
                        select nextval('deliveries_seq'), po.id, points.community_id, po.supplier_id, po.pickup_date,
                               'SHIPPED', :arrival, :now, 0
                        from purchase_orders po
                        join (select distinct community_id from purchase_order_lines where purchase_order_id = :id) points
                          on true
                        where po.id = :id
                        order by points.community_id
                        on conflict (purchase_order_id, community_id) do nothing""")
                .param("id", purchaseOrderId).param("arrival", at(expectedArrival)).param("now", at(now)).update();
        jdbc.sql("""
                        insert into delivery_lines (id, delivery_id, community_id, purchase_order_line_id, group_buy_id,
                                                    group_buy_item_id, product_name, unit, shipped)
                        select nextval('delivery_lines_seq'), d.id, l.community_id, l.id, l.group_buy_id,
                               l.group_buy_item_id, l.product_name, l.unit, l.quantity
                        from purchase_order_lines l
                        join deliveries d on d.purchase_order_id = l.purchase_order_id and d.community_id = l.community_id
                        where l.purchase_order_id = :id
                        order by l.id
                        on conflict (purchase_order_line_id) do nothing""")
                .param("id", purchaseOrderId).update();
    }
}
