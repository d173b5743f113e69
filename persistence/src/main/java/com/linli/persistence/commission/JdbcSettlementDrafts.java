package com.linli.persistence.commission;

import static com.linli.persistence.shared.SqlBesideJpa.at;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.linli.domain.commission.SettlementDrafts;
import com.linli.domain.shared.Money;
import com.linli.persistence.shared.SqlBesideJpa;

/**
 * Drafts for all leaders in one statement, after a transaction-scoped advisory lock that makes
 * settlement runs take turns: each then sees what the one before it settled, so every draft holds
 * exactly the entries its total sums, and no entry is taken twice. The unique keys of V38 (one
 * settlement per leader and month, one settlement per entry) hold even without the lock.
 */
@Repository
class JdbcSettlementDrafts implements SettlementDrafts {

    /** The advisory lock of settlement runs; Linli's others hash a name. */
    private static final long SETTLEMENT_RUNS = 0x4c696e6c69L; // "Linli"

    private final JdbcClient jdbc;
    private final SqlBesideJpa sql;

    JdbcSettlementDrafts(JdbcClient jdbc, SqlBesideJpa sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    @Override
    public List<Draft> create(YearMonth period, Instant until, Long createdBy, Instant now) {
        sql.beforeSql();
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", SETTLEMENT_RUNS).query().listOfRows();
        return jdbc.sql("""
                        with due as (
                            select e.id, e.leader_id, e.community_id, e.amount
                            from commission_entries e
                            where e.recorded_at < :until
                              and not exists (select 1 from settlement_entries s where s.entry_id = e.id)
                        ), totals as (
                            select leader_id, sum(amount) as total, count(*) as entries from due group by leader_id
                        ), created as (
                            insert into settlements (id, leader_id, period_start, status, total, entry_count, created_at,
                                                     created_by, version)
                            select nextval('settlements_seq'), t.leader_id, :start, 'DRAFT', t.total, t.entries, :now,
                                   cast(:by as bigint), 0
                            from totals t
                            where not exists (select 1 from settlements s
                                              where s.leader_id = t.leader_id and s.period_start = :start)
                            on conflict (leader_id, period_start) do nothing
                            returning id, leader_id, total, entry_count
                        ), linked as (
                            insert into settlement_entries (entry_id, settlement_id, community_id)
                            select d.id, c.id, d.community_id from due d join created c on c.leader_id = d.leader_id
                        )
                        select c.id, c.leader_id, u.display_name, c.total, c.entry_count
                        from created c join users u on u.id = c.leader_id
                        order by u.display_name, c.id""")
                .param("until", at(until)).param("start", period.atDay(1)).param("now", at(now))
                .param("by", createdBy)
                .query((row, number) -> new Draft(row.getLong("id"), row.getLong("leader_id"),
                        row.getString("display_name"), Money.ofFen(row.getLong("total")), row.getInt("entry_count")))
                .list();
    }
}
