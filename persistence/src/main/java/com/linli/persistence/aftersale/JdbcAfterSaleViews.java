package com.linli.persistence.aftersale;

import static com.linli.persistence.shared.SqlBesideJpa.instant;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.linli.domain.aftersale.AfterSaleViews;
import com.linli.domain.aftersale.RefundRow;
import com.linli.domain.aftersale.RefundStatus;
import com.linli.domain.shared.Money;
import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.Paged;
import com.linli.persistence.shared.SqlBesideJpa;

/** Each list one statement, the request joined with its group-buy, member and community. */
@Repository
class JdbcAfterSaleViews implements AfterSaleViews {

    private static final String REQUESTS = """
            select r.id, r.order_id, r.order_line_id, g.title, r.product_name, r.quantity, r.amount, r.reason, r.photo,
                   r.status, r.decision_reason, r.requested_at, r.decided_at, u.display_name, u.phone,
                   c.name as community_name, count(*) over () as total_rows
            from refund_requests r
            join group_buys g on g.id = r.group_buy_id
            join users u on u.id = r.member_id
            join communities c on c.id = r.community_id
            """;

    private static final RowMapper<RefundRow> REQUEST = (row, number) -> new RefundRow(row.getLong("id"),
            row.getLong("order_id"), row.getLong("order_line_id"), row.getString("title"), row.getString("product_name"),
            row.getInt("quantity"), Money.ofFen(row.getLong("amount")), row.getString("reason"),
            row.getBoolean("photo"), RefundStatus.valueOf(row.getString("status")), row.getString("decision_reason"),
            instant(row, "requested_at"), instant(row, "decided_at"), row.getString("display_name"),
            row.getString("phone"), row.getString("community_name"));

    private final JdbcClient jdbc;
    private final SqlBesideJpa sql;

    JdbcAfterSaleViews(JdbcClient jdbc, SqlBesideJpa sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    @Override
    public Paged<RefundRow> ofMember(long memberId, PageQuery page) {
        return paged(REQUESTS + """
                 where r.member_id = :member
                 order by r.status = 'PENDING' desc, r.requested_at desc, r.id desc""", Map.of("member", memberId), page);
    }

    @Override
    public List<RefundRow> ofOrder(long orderId) {
        sql.beforeSql();
        return jdbc.sql(REQUESTS + " where r.order_id = :order order by r.requested_at desc, r.id desc")
                .param("order", orderId).query(REQUEST).list();
    }

    @Override
    public Paged<RefundRow> ofCommunity(long communityId, boolean pending, PageQuery page) {
        return paged(REQUESTS + """
                 where r.community_id = :community and (r.status = 'PENDING') = :pending
                 order by r.requested_at desc, r.id desc""", Map.of("community", communityId, "pending", pending), page);
    }

    @Override
    public Paged<RefundRow> all(boolean pending, PageQuery page) {
        return paged(REQUESTS + """
                 where (r.status = 'PENDING') = :pending
                 order by r.requested_at desc, r.id desc""", Map.of("pending", pending), page);
    }

    private Paged<RefundRow> paged(String query, Map<String, ?> filter, PageQuery page) {
        sql.beforeSql();
        var total = new long[1];
        var rows = jdbc.sql(query + " limit :size offset :offset").params(filter)
                .param("size", page.size()).param("offset", (long) page.page() * page.size())
                .query((row, number) -> {
                    total[0] = row.getLong("total_rows");
                    return REQUEST.mapRow(row, number);
                }).list();
        return new Paged<>(rows, page.page(), page.size(), total[0]);
    }
}
