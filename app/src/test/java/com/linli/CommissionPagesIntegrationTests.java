package com.linli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.linli.domain.aftersale.AfterSaleService;
import com.linli.domain.commission.SettlementService;
import com.linli.domain.shared.BusinessTime;

/**
 * What the commission and after-sale pages cost in SQL statements, session and security included:
 * a fixed number each, whatever the number of entries, orders or requests behind them.
 */
@LinliIntegrationTest
class CommissionPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Commissions commissions;

    @Autowired
    Platform platform;

    @Autowired
    AfterSaleService afterSale;

    @Autowired
    SettlementService settlements;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLeaderReachesTheirCommissionFromTheNavigationOfEveryPage() {
        var leader = new HttpVisitor(port, "zh-CN").logIn(platform.leader().leader(), Accounts.PASSWORD);

        assertThat(leader.get("/leader/pickups").body())
                .contains("<a class=\"nav-link\" href=\"/leader/commissions\">我的佣金</a>");
    }

    @Test
    void commissionAndAfterSalePagesStayWithinTheirStatementBudgets() {
        var sale = commissions.pickedUp("10", 2, 1, 3, 1, 2);
        var member = sale.members().get(0);
        var order = sale.orderIds().get(0);
        var line = commissions.lineOf(order);
        afterSale.request(platform.id(member), order, line, 1, "坏了", null);
        afterSale.request(platform.id(sale.members().get(1)), sale.orderIds().get(1),
                commissions.lineOf(sale.orderIds().get(1)), 1, "不新鲜", null);
        var month = YearMonth.from(clock.instant().atZone(BusinessTime.ZONE));
        settlements.create(platform.id("admin"), month);
        var settlement = jdbc.sql("select id from settlements where leader_id = :leader")
                .param("leader", sale.leader().leaderId()).query(Long.class).single();

        // the session and the notification badge take four statements of each
        var leader = new HttpVisitor(port, "zh-CN").logIn(sale.leader().leader(), Accounts.PASSWORD);
        assertThat(leader.statementsFor("/leader/commissions")).isLessThanOrEqualTo(10);
        assertThat(leader.statementsFor("/leader/commissions?page=1")).isLessThanOrEqualTo(10);
        assertThat(leader.statementsFor("/leader/after-sale")).isLessThanOrEqualTo(6);
        assertThat(leader.statementsFor("/leader/after-sale?decided=true")).isLessThanOrEqualTo(6);

        var visitor = new HttpVisitor(port, "zh-CN").logIn(member, Accounts.PASSWORD);
        assertThat(visitor.statementsFor("/orders/" + order + "/after-sale")).isLessThanOrEqualTo(10);
        assertThat(visitor.statementsFor("/orders/" + order + "/lines/" + line + "/refund")).isLessThanOrEqualTo(9);
        assertThat(visitor.statementsFor("/after-sale")).isLessThanOrEqualTo(5);

        var admin = new HttpVisitor(port, "zh-CN").logIn("admin", LinliIntegrationTest.ADMIN_PASSWORD);
        assertThat(admin.statementsFor("/admin/commission-rules")).isLessThanOrEqualTo(6);
        assertThat(admin.statementsFor("/admin/commission-rules?ended=true")).isLessThanOrEqualTo(6);
        assertThat(admin.statementsFor("/admin/commission-rules/new")).isLessThanOrEqualTo(5);
        assertThat(admin.statementsFor("/admin/commission-rules/explain?product=" + sale.product().getId()
                + "&leader=" + sale.leader().leaderId())).isLessThanOrEqualTo(8);
        assertThat(admin.statementsFor("/admin/settlements")).isLessThanOrEqualTo(5);
        assertThat(admin.statementsFor("/admin/settlements/" + settlement)).isLessThanOrEqualTo(7);
        assertThat(admin.statementsFor("/admin/settlements/" + settlement + "/entries.csv")).isLessThanOrEqualTo(6);
        assertThat(admin.statementsFor("/admin/after-sale")).isLessThanOrEqualTo(5);
    }
}
