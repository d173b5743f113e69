package com.linli.persistence.commission;

import static com.linli.persistence.shared.SqlBesideJpa.at;

import java.sql.Types;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.linli.domain.commission.CommissionEntries;
import com.linli.domain.commission.CommissionEntry;
import com.linli.domain.commission.LineBalance;
import com.linli.domain.commission.PickedUpLine;
import com.linli.domain.commission.Rate;
import com.linli.domain.shared.Money;
import com.linli.persistence.shared.SqlBesideJpa;

/** The ledger: read set-based per order or line, appended in one batch, each entry at most once. */
@Repository
class JdbcCommissionEntries implements CommissionEntries {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final SqlBesideJpa sql;

    JdbcCommissionEntries(JdbcClient jdbc, NamedParameterJdbcTemplate batch, SqlBesideJpa sql) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.sql = sql;
    }

    @Override
    public List<PickedUpLine> pickedUpLines(long orderId) {
        sql.beforeSql();
        return jdbc.sql("""
                        select l.id, l.order_id, o.group_buy_id, o.community_id, g.leader_id,
                               l.quantity - l.short_quantity as units,
                               (l.quantity - l.short_quantity) * coalesce(l.final_unit_price, l.unit_price) as amount,
                               coalesce(l.commission_rate_bp, 0) as rate_bp
                        from order_lines l
                        join orders o on o.id = l.order_id
                        join group_buys g on g.id = o.group_buy_id
                        where l.order_id = :order and l.status = 'ACTIVE' and l.quantity > l.short_quantity
                        order by l.id""")
                .param("order", orderId)
                .query((row, number) -> new PickedUpLine(row.getLong("id"), row.getLong("order_id"),
                        row.getLong("group_buy_id"), row.getLong("community_id"), row.getLong("leader_id"),
                        row.getInt("units"), Money.ofFen(row.getLong("amount")), new Rate(row.getInt("rate_bp"))))
                .list();
    }

    @Override
    public Optional<LineBalance> balanceOf(long orderLineId) {
        sql.beforeSql();
        return jdbc.sql("""
                        select e.order_line_id, e.order_id, e.group_buy_id, e.community_id, e.leader_id, e.rate_bp,
                               b.base, b.commission
                        from commission_entries e
                        cross join (select sum(base_amount) as base, sum(amount) as commission
                                    from commission_entries where order_line_id = :line) b
                        where e.order_line_id = :line and e.kind = 'EARNED'""")
                .param("line", orderLineId)
                .query((row, number) -> new LineBalance(row.getLong("order_line_id"), row.getLong("order_id"),
                        row.getLong("group_buy_id"), row.getLong("community_id"), row.getLong("leader_id"),
                        new Rate(row.getInt("rate_bp")), Money.ofFen(row.getLong("base")),
                        Money.ofFen(row.getLong("commission")))).optional();
    }

    /** {@code on conflict do nothing}: the unique indexes of V37 decide, without failing the transaction. */
    @Override
    public int append(List<CommissionEntry> entries) {
        if (entries.isEmpty()) {
            return 0;
        }
        var rows = entries.stream().map(entry -> new MapSqlParameterSource()
                .addValue("kind", entry.kind().name()).addValue("line", entry.orderLineId())
                .addValue("order", entry.orderId()).addValue("groupBuy", entry.groupBuyId())
                .addValue("community", entry.communityId()).addValue("leader", entry.leaderId())
                .addValue("units", entry.units()).addValue("base", entry.base().fen())
                .addValue("rate", entry.rate().basisPoints()).addValue("amount", entry.amount().fen())
                .addValue("refund", entry.refundId(), Types.BIGINT).addValue("at", at(entry.recordedAt())))
                .toArray(MapSqlParameterSource[]::new);
        var appended = 0;
        for (int count : batch.batchUpdate("""
                insert into commission_entries (id, kind, order_line_id, order_id, group_buy_id, community_id, leader_id,
                                                units, base_amount, rate_bp, amount, refund_id, recorded_at)
                values (nextval('commission_entries_seq'), :kind, :line, :order, :groupBuy, :community, :leader,
                        :units, :base, :rate, :amount, :refund, :at)
                on conflict do nothing""", rows)) {
            appended += Math.max(count, 0);
        }
        return appended;
    }
}
