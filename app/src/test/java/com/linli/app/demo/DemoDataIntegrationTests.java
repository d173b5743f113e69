package com.linli.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.linli.LinliIntegrationTest;
import com.linli.domain.catalog.CategoryNameTaken;
import com.linli.domain.identity.IdentityService;

/**
 * The demo platform a new user sees at first start: complete, made by the rules, all or nothing.
 * It is loaded once into the shared database; what start-up does with it is in FirstStartTests.
 */
@LinliIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataIntegrationTests {

    private static final String SUPPLIERS = "select count(*) from suppliers where name in ('蜀鲜农业合作社', '天府肉禽水产批发', '川味粮油日用百货')";

    @Autowired
    DemoData demo;

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    @BeforeAll
    void loadTheDemo() {
        demo.load(identity.user("admin").getId(), "demo-password-1");
    }

    @Test
    void loadsALivingPlatformWhoseAccountsSignInWithTheDemoPassword() {
        assertThat(count(SUPPLIERS)).isEqualTo(3);
        assertThat(count("select count(*) from products p join suppliers s on s.id = p.supplier_id "
                + "where s.name = '蜀鲜农业合作社' or s.name = '天府肉禽水产批发' or s.name = '川味粮油日用百货'"))
                .isGreaterThanOrEqualTo(40);
        assertThat(count("select count(*) from communities c join leaders l on l.community_id = c.id "
                + "join users u on u.id = l.user_id where c.city = '成都' and u.username like 'leader_'")).isEqualTo(3);
        assertThat(count("select count(*) from users where username ~ '^member[0-9]+$'")).isEqualTo(30);
        var openPerCommunity = jdbc.sql("""
                        select count(g.id) from communities c join leaders l on l.community_id = c.id
                        join users u on u.id = l.user_id
                        left join group_buys g on g.community_id = c.id and g.status = 'OPEN'
                        where u.username like 'leader_' group by c.id""").query(Integer.class).list();
        assertThat(openPerCommunity).hasSize(3).allMatch(open -> open >= 3 && open <= 5);
        assertThat(count("select count(*) from orders o join users u on u.id = o.member_id "
                + "where u.username like 'member%' and o.status = 'PLACED'")).isGreaterThan(20);
        assertThat(count("select count(*) from group_buy_items i join group_buys g on g.id = i.group_buy_id "
                + "join users u on u.id = g.leader_id where u.username like 'leader_' and i.outcome = 'SUCCEEDED'"))
                .isGreaterThanOrEqualTo(3);
        assertThat(count("select count(*) from group_buy_items i join group_buys g on g.id = i.group_buy_id "
                + "join users u on u.id = g.leader_id where u.username like 'leader_' and i.outcome = 'FAILED'"))
                .isGreaterThanOrEqualTo(3);

        assertThat(mvc.post().uri("/login").with(csrf()).param("username", "member7").param("password", "demo-password-1"))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/");
        assertThat(mvc.post().uri("/login").with(csrf()).param("username", "leader2").param("password", "demo-password-1"))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/");
    }

    @Test
    void leadersHaveEarnedUnderTheDemoRulesAndLastMonthIsPaidWhileThisMonthIsDrafted() {
        assertThat(jdbc.sql("""
                        select scope || ' ' || rate_bp from commission_rules r
                        where r.scope = 'DEFAULT' or r.target_id in (select id from categories where name in ('水果', '蔬菜'))
                           or r.target_id in (select id from products where name like '%阳光玫瑰%')
                        order by scope, rate_bp""").query(String.class).list())
                .contains("DEFAULT 800", "CATEGORY 1200", "CATEGORY 1000", "PRODUCT 1500");
        var demoLeaders = " from commission_entries e join users u on u.id = e.leader_id where u.username like 'leader_'";
        assertThat(count("select count(*)" + demoLeaders + " and e.kind = 'EARNED'")).isGreaterThanOrEqualTo(10);
        assertThat(count("select count(*)" + demoLeaders + " and e.kind = 'REVERSED'")).isEqualTo(1);
        assertThat(count("select count(*) from refund_requests r join users u on u.id = r.member_id "
                + "where u.username ~ '^member[0-9]+$' and r.status = 'PENDING'")).isEqualTo(1);
        var settled = jdbc.sql("""
                        select s.status, count(*) from settlements s join users u on u.id = s.leader_id
                        where u.username like 'leader_' group by s.status order by s.status""")
                .query((row, n) -> row.getString(1) + " " + row.getInt(2)).list();
        assertThat(settled).anyMatch(status -> status.startsWith("PAID")).anyMatch(status -> status.startsWith("DRAFT"));
        // every settlement's total is what its entries add up to
        assertThat(count("""
                select count(*) from settlements s
                where s.total <> (select coalesce(sum(e.amount), 0) from settlement_entries se
                                  join commission_entries e on e.id = se.entry_id where se.settlement_id = s.id)"""))
                .isZero();
    }

    @Test
    void aLoadThatFailsHalfWayLeavesNothingBehind() {
        // the suppliers go in first; the categories are taken already, so the second load fails after them
        assertThatThrownBy(() -> demo.load(identity.user("admin").getId(), "demo-password-2"))
                .isInstanceOf(CategoryNameTaken.class);

        assertThat(count(SUPPLIERS)).isEqualTo(3);
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
