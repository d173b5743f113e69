package com.linli.persistence.fulfilment;

import static com.linli.persistence.shared.SqlBesideJpa.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.linli.domain.fulfilment.DeliveryStatus;
import com.linli.domain.fulfilment.DeliveryView;
import com.linli.domain.fulfilment.FulfilmentViews;
import com.linli.domain.fulfilment.LeaderDeliveries;
import com.linli.domain.fulfilment.PickListRow;
import com.linli.domain.fulfilment.PickupOrder;
import com.linli.domain.fulfilment.PurchaseOrderFilter;
import com.linli.domain.fulfilment.PurchaseOrderList;
import com.linli.domain.fulfilment.PurchaseOrderStatus;
import com.linli.domain.fulfilment.PurchaseOrderSummary;
import com.linli.domain.fulfilment.PurchaseOrderView;
import com.linli.domain.fulfilment.UnclaimedOrder;
import com.linli.domain.order.OrderStatus;
import com.linli.domain.shared.Money;
import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.Paged;
import com.linli.persistence.shared.SqlBesideJpa;

/** Each read one or two statements, joined in the database: no page walks an entity graph. */
@Repository
class JdbcFulfilmentViews implements FulfilmentViews {

    /** What members take home and pay: each active line less its shortage, at the price it was charged. */
    private static final String PICK_LIST = """
            select u.id as member_id, u.display_name, u.phone, o.id as order_id, g.title, l.product_name, l.unit,
                   l.quantity - l.short_quantity as quantity,
                   (l.quantity - l.short_quantity) * coalesce(l.final_unit_price, l.unit_price) as amount, o.status
            from group_buys g
            join orders o on o.group_buy_id = g.id
            join order_lines l on l.order_id = o.id
            join users u on u.id = o.member_id
            where g.community_id = :community and %s
              and o.status in ('CONFIRMED', 'READY_FOR_PICKUP', 'PICKED_UP')
              and l.status = 'ACTIVE' and l.quantity > l.short_quantity
            order by u.display_name, u.id, g.title, o.id, l.product_name""";

    private static final RowMapper<PickListRow> PICK_LIST_ROW = (row, number) -> new PickListRow(
            row.getLong("member_id"), row.getString("display_name"), row.getString("phone"), row.getLong("order_id"),
            row.getString("title"), row.getString("product_name"), row.getString("unit"), row.getInt("quantity"),
            Money.ofFen(row.getLong("amount")), OrderStatus.valueOf(row.getString("status")));

    private final JdbcClient jdbc;
    private final SqlBesideJpa sql;

    JdbcFulfilmentViews(JdbcClient jdbc, SqlBesideJpa sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /** The page of purchase orders first, then the totals of those only. */
    @Override
    public Paged<PurchaseOrderSummary> purchaseOrders(PurchaseOrderFilter filter, PageQuery page) {
        sql.beforeSql();
        var total = new long[1];
        var rows = jdbc.sql("""
                        with page as (
                            select p.id, p.supplier_id, p.pickup_date, p.status, p.expected_arrival,
                                   count(*) over () as total
                            from purchase_orders p
                            where (cast(:date as date) is null or p.pickup_date = cast(:date as date))
                              and (cast(:supplier as bigint) is null or p.supplier_id = cast(:supplier as bigint))
                              and (cast(:status as varchar) is null or p.status = cast(:status as varchar))
                            order by p.pickup_date desc, p.id desc
                            limit :size offset :offset
                        )
                        select page.*, s.name as supplier_name, t.points, t.products, t.quantity, t.cost
                        from page join suppliers s on s.id = page.supplier_id
                        cross join lateral (
                            select count(distinct l.community_id) as points, count(distinct l.product_id) as products,
                                   coalesce(sum(l.quantity), 0) as quantity,
                                   coalesce(sum(l.quantity * l.supply_price), 0) as cost
                            from purchase_order_lines l where l.purchase_order_id = page.id) t
                        order by page.pickup_date desc, s.name, page.id""")
                .param("date", filter.pickupDate()).param("supplier", filter.supplierId())
                .param("status", filter.status() == null ? null : filter.status().name())
                .param("size", page.size()).param("offset", (long) page.page() * page.size())
                .query((row, number) -> {
                    total[0] = row.getLong("total");
                    return new PurchaseOrderSummary(row.getLong("id"), row.getString("supplier_name"),
                            row.getObject("pickup_date", LocalDate.class),
                            PurchaseOrderStatus.valueOf(row.getString("status")), row.getInt("points"),
                            row.getInt("products"), row.getLong("quantity"), Money.ofFen(row.getLong("cost")),
                            instant(row, "expected_arrival"));
                }).list();
        return new Paged<>(rows, page.page(), page.size(), total[0]);
    }

    @Override
    public List<PurchaseOrderList.SupplierName> suppliers() {
        return jdbc.sql("select id, name from suppliers order by name, id")
                .query((row, number) -> new PurchaseOrderList.SupplierName(row.getLong("id"), row.getString("name")))
                .list();
    }

    @Override
    public Optional<PurchaseOrderView> purchaseOrder(long id) {
        sql.beforeSql();
        var products = jdbc.sql("""
                        select product_id, max(product_name) as product_name, max(unit) as unit, supply_price,
                               sum(quantity) as quantity
                        from purchase_order_lines where purchase_order_id = :id
                        group by product_id, supply_price
                        order by max(product_name), product_id, supply_price""")
                .param("id", id)
                .query((row, number) -> new PurchaseOrderView.ProductTotal(row.getLong("product_id"),
                        row.getString("product_name"), row.getString("unit"), Money.ofFen(row.getLong("supply_price")),
                        row.getLong("quantity"))).list();
        var pickList = jdbc.sql("""
                        select l.product_id, max(l.product_name) as product_name, max(l.unit) as unit, l.community_id,
                               c.name as community_name, pp.name as point_name, pp.address, pp.contact_phone,
                               u.display_name as leader_name, sum(l.quantity) as quantity
                        from purchase_order_lines l
                        join communities c on c.id = l.community_id
                        join pickup_points pp on pp.id = c.pickup_point_id
                        left join leaders ld on ld.community_id = c.id
                        left join users u on u.id = ld.user_id
                        where l.purchase_order_id = :id
                        group by l.product_id, l.community_id, c.name, pp.name, pp.address, pp.contact_phone,
                                 u.display_name
                        order by max(l.product_name), l.product_id, c.name, l.community_id""")
                .param("id", id)
                .query((row, number) -> new PurchaseOrderView.PickRow(row.getLong("product_id"),
                        row.getString("product_name"), row.getString("unit"), row.getLong("community_id"),
                        row.getString("community_name"), row.getString("point_name"), row.getString("address"),
                        row.getString("leader_name"), row.getString("contact_phone"), row.getLong("quantity"))).list();
        return jdbc.sql("""
                        select p.id, s.name, s.contact_person, s.phone, p.pickup_date, p.status, p.sent_at,
                               p.shipped_at, p.expected_arrival
                        from purchase_orders p join suppliers s on s.id = p.supplier_id
                        where p.id = :id""")
                .param("id", id)
                .query((row, number) -> new PurchaseOrderView(row.getLong("id"), row.getString("name"),
                        row.getString("contact_person"), row.getString("phone"),
                        row.getObject("pickup_date", LocalDate.class), PurchaseOrderStatus.valueOf(row.getString("status")),
                        instant(row, "sent_at"), instant(row, "shipped_at"), instant(row, "expected_arrival"), products,
                        pickList)).optional();
    }

    @Override
    public LeaderDeliveries deliveries(long communityId, int signedShown) {
        sql.beforeSql();
        var deliveries = new LinkedHashMap<Long, DeliveryView>();
        var lines = new LinkedHashMap<Long, List<DeliveryView.Line>>();
        jdbc.sql("""
                        with shown as (
                            (select id from deliveries where community_id = :community and status = 'SHIPPED')
                            union all
                            (select id from deliveries where community_id = :community and status = 'RECEIVED'
                             order by received_at desc limit :signed)
                        )
                        select d.id, s.name as supplier_name, d.pickup_date, d.expected_arrival, d.status, d.received_at,
                               l.id as line_id, g.title, l.product_name, l.unit, l.shipped, l.received
                        from shown
                        join deliveries d on d.id = shown.id
                        join suppliers s on s.id = d.supplier_id
                        join delivery_lines l on l.delivery_id = d.id
                        join group_buys g on g.id = l.group_buy_id
                        order by d.status desc, d.expected_arrival, d.received_at desc, d.id, l.product_name, l.id""")
                .param("community", communityId).param("signed", signedShown)
                .query((ResultSet row) -> {
                    long id = row.getLong("id");
                    deliveries.computeIfAbsent(id, key -> delivery(row));
                    lines.computeIfAbsent(id, key -> new ArrayList<>()).add(new DeliveryView.Line(row.getLong("line_id"),
                            row.getString("title"), row.getString("product_name"), row.getString("unit"),
                            row.getInt("shipped"), (Integer) row.getObject("received")));
                });
        var incoming = new ArrayList<DeliveryView>();
        var signed = new ArrayList<DeliveryView>();
        deliveries.forEach((id, delivery) -> {
            var whole = new DeliveryView(id, delivery.supplierName(), delivery.pickupDate(), delivery.expectedArrival(),
                    delivery.status(), delivery.receivedAt(), lines.get(id));
            (whole.isSigned() ? signed : incoming).add(whole);
        });
        return new LeaderDeliveries(incoming, signed);
    }

    private static DeliveryView delivery(ResultSet row) {
        try {
            return new DeliveryView(row.getLong("id"), row.getString("supplier_name"),
                    row.getObject("pickup_date", LocalDate.class), instant(row, "expected_arrival"),
                    DeliveryStatus.valueOf(row.getString("status")), instant(row, "received_at"), List.of());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<LocalDate> pickupDates(long communityId, LocalDate from, LocalDate to) {
        sql.beforeSql();
        return jdbc.sql("""
                        select distinct g.pickup_date from group_buys g
                        where g.community_id = :community and g.pickup_date between :from and :to
                          and exists (select 1 from orders o where o.group_buy_id = g.id
                                      and o.status in ('CONFIRMED', 'READY_FOR_PICKUP', 'PICKED_UP'))
                        order by g.pickup_date""")
                .param("community", communityId).param("from", from).param("to", to)
                .query(LocalDate.class).list();
    }

    @Override
    public List<PickListRow> pickListOfDate(long communityId, LocalDate pickupDate) {
        return jdbc.sql(PICK_LIST.formatted("g.pickup_date = :date"))
                .param("community", communityId).param("date", pickupDate).query(PICK_LIST_ROW).list();
    }

    @Override
    public List<PickListRow> pickListOfGroupBuy(long communityId, long groupBuyId) {
        sql.beforeSql();
        return jdbc.sql(PICK_LIST.formatted("g.id = :groupBuy"))
                .param("community", communityId).param("groupBuy", groupBuyId).query(PICK_LIST_ROW).list();
    }

    @Override
    public Optional<GroupBuyHeading> groupBuy(long communityId, long groupBuyId) {
        return jdbc.sql("""
                        select title, pickup_date from group_buys
                        where id = :groupBuy and community_id = :community and status <> 'DRAFT'""")
                .param("groupBuy", groupBuyId).param("community", communityId)
                .query((row, number) -> new GroupBuyHeading(row.getString("title"),
                        row.getObject("pickup_date", LocalDate.class))).optional();
    }

    @Override
    public Optional<PickupOrder> orderByCode(long communityId, String pickupCode) {
        sql.beforeSql();
        var lines = new ArrayList<PickupOrder.Line>();
        var orders = new ArrayList<PickupOrder>();
        jdbc.sql("""
                        with hit as (
                            select id from orders where community_id = :community and pickup_code = :code
                            order by status in ('CONFIRMED', 'READY_FOR_PICKUP') desc, updated_at desc
                            limit 1
                        )
                        select o.id, u.display_name, u.phone, g.title, g.pickup_date, o.status, o.updated_at,
                               l.product_name, l.unit, l.quantity, l.short_quantity,
                               coalesce(l.final_unit_price, l.unit_price) as price
                        from hit
                        join orders o on o.id = hit.id
                        join users u on u.id = o.member_id
                        join group_buys g on g.id = o.group_buy_id
                        join order_lines l on l.order_id = o.id and l.status = 'ACTIVE'
                        order by l.item_id""")
                .param("community", communityId).param("code", pickupCode)
                .query((ResultSet row) -> {
                    if (orders.isEmpty()) {
                        orders.add(new PickupOrder(row.getLong("id"), row.getString("display_name"),
                                row.getString("phone"), row.getString("title"),
                                row.getObject("pickup_date", LocalDate.class), OrderStatus.valueOf(row.getString("status")),
                                instant(row, "updated_at"), List.of()));
                    }
                    var price = Money.ofFen(row.getLong("price"));
                    int quantity = row.getInt("quantity");
                    int shortQuantity = row.getInt("short_quantity");
                    lines.add(new PickupOrder.Line(row.getString("product_name"), row.getString("unit"), quantity,
                            shortQuantity, price.times(quantity - shortQuantity), price.times(shortQuantity)));
                });
        return orders.stream().findFirst().map(order -> new PickupOrder(order.orderId(), order.memberName(),
                order.phone(), order.groupBuyTitle(), order.pickupDate(), order.status(), order.updatedAt(), lines));
    }

    @Override
    public long waiting(long communityId) {
        return jdbc.sql("select count(*) from orders where community_id = :community and status = 'READY_FOR_PICKUP'")
                .param("community", communityId).query(Long.class).single();
    }

    @Override
    public List<UnclaimedOrder> unclaimed(long communityId, int limit) {
        sql.beforeSql();
        return jdbc.sql("""
                        select o.id, u.display_name, u.phone, g.title, g.pickup_date,
                               sum((l.quantity - l.short_quantity) * coalesce(l.final_unit_price, l.unit_price)) as amount
                        from orders o
                        join group_buys g on g.id = o.group_buy_id and g.status = 'COMPLETED'
                        join users u on u.id = o.member_id
                        join order_lines l on l.order_id = o.id and l.status = 'ACTIVE'
                        where o.community_id = :community and o.status = 'READY_FOR_PICKUP'
                        group by o.id, u.display_name, u.phone, g.title, g.pickup_date
                        order by g.pickup_date, u.display_name, o.id
                        limit :limit""")
                .param("community", communityId).param("limit", limit)
                .query((row, number) -> new UnclaimedOrder(row.getLong("id"), row.getString("display_name"),
                        row.getString("phone"), row.getString("title"), row.getObject("pickup_date", LocalDate.class),
                        Money.ofFen(row.getLong("amount")))).list();
    }
}
