package com.linli.persistence.insight;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.linli.domain.insight.InsightRollups;
import com.linli.persistence.shared.SqlBesideJpa;

/**
 * The rollups' functions of V52 and V53, called for one group-buy after flushing what JPA holds: the
 * same set-based statements that filled them for every group-buy.
 */
@Repository
class JdbcInsightRollups implements InsightRollups {

    private final JdbcClient jdbc;
    private final SqlBesideJpa sqlBesideJpa;

    JdbcInsightRollups(JdbcClient jdbc, SqlBesideJpa sqlBesideJpa) {
        this.jdbc = jdbc;
        this.sqlBesideJpa = sqlBesideJpa;
    }

    @Override
    public void recountSales(long groupBuyId) {
        call("select insight_recount_sales(array[:groupBuy])", groupBuyId);
    }

    @Override
    public void recordDecided(long groupBuyId) {
        call("select insight_record_decided(array[:groupBuy])", groupBuyId);
    }

    private void call(String sql, long groupBuyId) {
        sqlBesideJpa.beforeSql();
        jdbc.sql(sql).param("groupBuy", groupBuyId).query().singleRow();
    }
}
