package com.linli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.linli.domain.aftersale.AfterSaleService;
import com.linli.domain.commission.SettlementService;
import com.linli.domain.groupbuy.CutoffService;
import com.linli.domain.insight.Figures;
import com.linli.domain.insight.InsightService;
import com.linli.domain.insight.LeaderDashboard;
import com.linli.domain.insight.Period;
import com.linli.domain.insight.Ranked;
import com.linli.domain.insight.Scope;
import com.linli.domain.order.OrderService;
import com.linli.domain.order.PlaceOrder;
import com.linli.domain.shared.BusinessTime;
import com.linli.domain.shared.Money;
import com.linli.domain.shared.PageQuery;

/**
 * The dashboards against a small history made by hand through the real services, in a city of its
 * own and more than a year back (so no other test's rows fall into its period): every figure as
 * computed on paper, days cut at midnight in Beijing, and who may see which dashboard.
 */
@LinliIntegrationTest
class InsightIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Platform platform;

    @Autowired
    Neighbourhoods neighbourhoods;

    @Autowired
    Commissions commissions;

    @Autowired
    OrderService orders;

    @Autowired
    CutoffService cutoff;

    @Autowired
    AfterSaleService afterSale;

    @Autowired
    SettlementService settlements;

    @Autowired
    InsightService insight;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    /** What {@link #history} made, for the assertions. */
    record History(String city, LocalDate day, Neighbourhoods.Led a, Neighbourhoods.Led b, Fulfilments.Step saleA,
                   Fulfilments.Step saleB) {
    }

    /**
     * On one day: in community A two orders of ¥20.00 and ¥30.00 (both picked up at 10 %; one unit of the
     * second refunded), a member of them ordering again in a group-buy whose item misses its threshold,
     * a member who orders and cancels; in community B orders of 5 and 6 units at ¥5.97 (10 %), one unit
     * short, the first picked up. The next day the month's settlement of A's leader is paid.
     */
    private History history(LocalDate day) {
        moveTo(day.atTime(10, 0));
        var city = Neighbourhoods.newCity();
        var a = neighbourhoods.ledCommunity("看板甲小区", city);
        var b = neighbourhoods.ledCommunity("看板乙小区", city);
        var saleA = commissions.ready(a, 1000, "10", 0, 2, 3);
        var saleB = commissions.ready(b, 597, "10", 1, 5, 6);
        saleA.members().forEach(member -> commissions.pickUp(saleA, member));
        commissions.pickUp(saleB, saleB.members().get(0));

        var refunding = saleA.members().get(1);
        var orderId = saleA.orderOf(refunding);
        var request = afterSale.request(platform.id(refunding), orderId, commissions.lineOf(orderId), 1, "坏了一个", null);
        afterSale.approveAsLeader(a.leaderId(), request.getId(), "同意");

        var failing = platform.open(a, Platform.item(platform.product("看板没成团"), 1000, 5, null, null));
        var item = failing.getItems().get(0).getId();
        orders.place(platform.id(saleA.members().get(0)), new PlaceOrder(failing.getId(), Map.of(item, 1)));
        var canceller = platform.member(a.community(), "取消的邻居");
        var cancelled = orders.place(platform.id(canceller), new PlaceOrder(failing.getId(), Map.of(item, 1)));
        orders.cancel(platform.id(canceller), cancelled.getId());
        cutoff.close(failing.getId());

        moveTo(day.plusDays(1).atTime(10, 0));
        var admin = platform.id("admin");
        var draft = settlements.create(admin, YearMonth.from(day)).stream()
                .filter(made -> made.leaderId() == a.leaderId()).findFirst().orElseThrow();
        settlements.approve(admin, draft.settlementId());
        settlements.markPaid(admin, draft.settlementId(), "BANK-1");
        return new History(city, day, a, b, saleA, saleB);
    }

    private static LocalDate longAgo(int days) {
        return LocalDate.now(BusinessTime.ZONE).minusMonths(13).withDayOfMonth(10).plusDays(days);
    }

    @Test
    void everyFigureOfACityMatchesWhatTheHistoryAddsUpToByHand() {
        var history = history(longAgo(0));
        var from = history.day().toString();
        var to = history.day().plusDays(1).toString();
        var dashboard = insight.adminDashboard(Period.choose("custom", from, to, history.day()),
                new Scope(history.city(), null));

        // 2 × ¥10.00 + 3 × ¥10.00 + 5 × ¥5.97 + 6 × ¥5.97, as charged at the cutoff
        assertThat(dashboard.figures()).isEqualTo(new Figures(Money.ofFen(11_567), 4, 2, 3, 4, 7, 7, 4, 1, 1,
                Money.ofFen(597), 1, Money.ofFen(1000), Money.ofFen(200 + 300 + 298 - 100), Money.ofFen(400)));
        // ¥115.67 ÷ 4 = ¥28.9175, half-even to ¥28.92
        assertThat(dashboard.figures().averageOrder()).isEqualTo(Money.ofFen(2892));
        assertThat(dashboard.figures().successRate()).hasToString("66.7");
        assertThat(dashboard.figures().conversion()).hasToString("57.1");
        assertThat(dashboard.figures().repurchase()).hasToString("25.0");
        assertThat(dashboard.days()).extracting(day -> day.day() + " " + day.gmv().fen() + " " + day.orders())
                .containsExactly(history.day() + " 11567 4", history.day().plusDays(1) + " 0 0");
        assertThat(names(dashboard.communities())).containsExactly("看板乙小区 6567 2", "看板甲小区 5000 2");
        assertThat(dashboard.leaders()).extracting(Ranked::id)
                .containsExactly(history.b().leaderId(), history.a().leaderId());
        assertThat(dashboard.products()).extracting(Ranked::id)
                .containsExactly(history.saleB().product().getId(), history.saleA().product().getId());
        assertThat(dashboard.categories()).extracting(Ranked::id).containsExactly(
                history.saleB().product().getCategoryId(), history.saleA().product().getCategoryId());

        var ofA = insight.adminDashboard(Period.choose("custom", from, to, history.day()),
                Scope.community(history.a().community().getId()));
        assertThat(ofA.figures()).isEqualTo(new Figures(Money.ofFen(5000), 2, 1, 2, 2, 4, 4, 2, 1, 0, Money.ZERO, 1,
                Money.ofFen(1000), Money.ofFen(400), Money.ofFen(400)));
        assertThat(ofA.communityName()).isEqualTo("看板甲小区");

        assertThat(mvc.get().uri("/admin?range=custom&from={from}&to={to}&city={city}", from, to, history.city())
                .with(accounts.as("admin")).header("Accept-Language", "zh-CN")).hasStatusOk().bodyText()
                .contains("¥115.67", "¥28.92", "66.7%", "57.1%", "25.0%", "¥5.97 (1)", "¥10.00 (1)", "¥6.98", "¥4.00",
                        "看板乙小区", "data-chart=\"line\"", "/webjars/chart.js/dist/chart.umd.min.js", "/js/charts.js",
                        "成团率", "四舍六入五成双");
    }

    @Test
    void eachChartDownloadsAsCsvThatExcelReadsAsUtf8() {
        var history = history(longAgo(3));
        var csv = mvc.get().uri("/admin/insight/communities.csv?range=custom&from={d}&to={d}&city={city}",
                history.day(), history.day(), history.city()).with(accounts.as("admin"))
                .header("Accept-Language", "zh-CN").exchange().getResponse();
        assertThat(csv.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF社区,成交额,订单数\r\n看板乙小区,65.67,2\r\n看板甲小区,50.00,2\r\n");
        assertThat(new String(mvc.get().uri("/admin/insight/days.csv?range=custom&from={d}&to={d}&city={city}",
                        history.day(), history.day(), history.city()).with(accounts.as("admin")).header("Accept-Language", "en").exchange().getResponse()
                .getContentAsByteArray(), StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFDay,GMV,Orders\r\n" + history.day() + ",115.67,4\r\n");
    }

    @Test
    void anOrderAt2359BelongsToItsDayAndOneAt0001ToTheNextInBeijingTime() {
        var day = longAgo(6);
        moveTo(day.atTime(23, 0));
        var city = Neighbourhoods.newCity();
        var led = neighbourhoods.ledCommunity("看板午夜小区", city);
        var late = platform.member(led.community(), "晚睡");
        var early = platform.member(led.community(), "早起");
        var groupBuy = platform.open(led, Platform.item(platform.product("看板午夜"), 1000, 1, null, null));
        var item = groupBuy.getItems().get(0).getId();
        moveTo(day.atTime(23, 59));
        orders.place(platform.id(late), new PlaceOrder(groupBuy.getId(), Map.of(item, 1)));
        moveTo(day.plusDays(1).atTime(0, 1));
        orders.place(platform.id(early), new PlaceOrder(groupBuy.getId(), Map.of(item, 2)));
        cutoff.close(groupBuy.getId());

        var scope = new Scope(city, null);
        var first = insight.adminDashboard(Period.choose("custom", day.toString(), day.toString(), day), scope);
        var second = insight.adminDashboard(
                Period.choose("custom", day.plusDays(1).toString(), day.plusDays(1).toString(), day), scope);
        assertThat(first.figures().gmv()).isEqualTo(Money.ofFen(1000));
        assertThat(first.figures().orders()).isEqualTo(1);
        assertThat(first.figures().itemsDecided()).isZero();
        assertThat(second.figures().gmv()).isEqualTo(Money.ofFen(2000));
        assertThat(second.figures().orders()).isEqualTo(1);
        assertThat(second.figures().itemsSucceeded()).isEqualTo(1);
        // the leader and both members joined at 23:00 on the first day
        assertThat(first.figures().newMembers()).isEqualTo(3);
        assertThat(second.figures().newMembers()).isZero();

        // "today" is the day in Beijing, 00:01 here while UTC is still on the day before
        assertThat(insight.today()).isEqualTo(day.plusDays(1));
        var today = insight.adminDashboard(Period.choose("today", "", "", insight.today()), scope);
        assertThat(today.days()).extracting(sales -> sales.day() + " " + sales.gmv().fen())
                .containsExactly(day.plusDays(1) + " 2000");
    }

    @Test
    void theLeaderSeesTodaysPickupsTheMonthAndTheirOwnMembersOnly() {
        var day = LocalDate.now(BusinessTime.ZONE).withDayOfMonth(1).plusDays(20);
        // a sale closed two days before is picked up on the day after its cutoff's day: today
        moveTo(day.minusDays(2).atTime(9, 0));
        var city = Neighbourhoods.newCity();
        var led = neighbourhoods.ledCommunity("看板团长小区", city);
        var other = neighbourhoods.ledCommunity("看板别人小区", city);
        var stranger = platform.member(other.community(), "别人家的邻居");
        var sale = commissions.ready(led, 1000, "10", 0, 1, 2, 4);
        moveTo(day.atTime(9, 0));
        commissions.pickUp(sale, sale.members().get(0));
        var open = platform.open(led, Platform.item(platform.product("看板进行中"), 1000, 3, null, null),
                Platform.item(platform.product("看板进行中二"), 1000, 1, null, null));
        orders.place(platform.id(sale.members().get(1)), new PlaceOrder(open.getId(),
                Map.of(open.getItems().get(1).getId(), 1)));

        var dashboard = insight.leaderDashboard(led.leaderId(), PageQuery.of(0));
        assertThat(dashboard.today()).isEqualTo(day);
        assertThat(new long[] {dashboard.waiting(), dashboard.collected()}).containsExactly(2, 1);
        assertThat(dashboard.gmv()).isEqualTo(Money.ofFen(7000));
        assertThat(dashboard.orders()).isEqualTo(3);
        assertThat(dashboard.commission()).isEqualTo(Money.ofFen(100));
        assertThat(dashboard.openGroupBuys()).singleElement().satisfies(groupBuy -> {
            assertThat(groupBuy.orders()).isEqualTo(1);
            assertThat(groupBuy.itemsReached()).isEqualTo(1);
            assertThat(groupBuy.progress()).isEqualTo(50);
        });
        // the leader and three members; the second member ordered twice in 30 days
        assertThat(dashboard.members()).isEqualTo(new LeaderDashboard.MemberFigures(
                4, 4, 3, 3, 1));
        assertThat(dashboard.members().repurchase()).hasToString("33.3");
        assertThat(dashboard.products()).extracting(Ranked::id).containsExactly(sale.product().getId());
        assertThat(dashboard.memberList().total()).isEqualTo(4);
        assertThat(dashboard.memberList().items()).filteredOn(row -> row.id() == platform.id(sale.members().get(1)))
                .singleElement().satisfies(row -> assertThat(row.orders()).isEqualTo(2));

        var strangerPhone = phoneOf(stranger);
        assertThat(mvc.get().uri("/leader").with(accounts.as(led.leader())).header("Accept-Language", "zh-CN"))
                .hasStatusOk().bodyText().contains("社区概况", "今日待取", phoneOf(sale.members().get(2)), "¥70.00 (3)",
                        open.getTitle()).doesNotContain(strangerPhone);
        assertThat(mvc.get().uri("/leader").with(accounts.as(other.leader()))).hasStatusOk().bodyText()
                .contains(strangerPhone).doesNotContain(phoneOf(sale.members().get(2)));
    }

    @Test
    void onlyAdminsSeeTheAdminDashboardAndOnlyLeadersTheirs() {
        var led = platform.leader();
        var member = platform.member(led.community(), "看板成员");
        assertThat(mvc.get().uri("/admin").with(accounts.as(member))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/admin").with(accounts.as(led.leader()))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/admin/insight/days.csv").with(accounts.as(led.leader())))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/leader").with(accounts.as(member))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/admin")).hasStatus(HttpStatus.FOUND);
    }

    @Test
    void aPeriodThatCannotBeShownIsSaidSoAndTheLast30DaysShown() throws Exception {
        assertThat(page("range=custom&from=2026-11-10&to=2026-11-01")).contains("From must not be after To");
        assertThat(page("range=custom&from=2025-01-01&to=2026-11-01")).contains("Choose at most 366 days");
        assertThat(page("range=custom&from=yesterday&to=2026-11-01")).contains("enter both From and To as dates");
        assertThat(page("range=forever")).contains("Choose today, the last 7 days");
        assertThat(page("range=7d")).doesNotContain("dashboard-rejection");
        assertThat(mvc.get().uri("/admin?community=999999999999").with(accounts.as("admin")))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void eachDashboardIsAFixedNumberOfStatements() {
        var sale = commissions.pickedUp("10", 1, 2);
        var admin = new HttpVisitor(port, "zh-CN").logIn("admin", LinliIntegrationTest.ADMIN_PASSWORD);
        // the session, security and the notification badge take five; then the cities, the figures, the
        // days with the top communities and leaders, the top products with the categories, and the
        // community's name when filtered by one
        assertThat(admin.statementsFor("/admin")).isLessThanOrEqualTo(9);
        assertThat(admin.statementsFor("/admin?community=" + sale.leader().community().getId())).isLessThanOrEqualTo(10);
        assertThat(admin.statementsFor("/admin/insight/products.csv")).isLessThanOrEqualTo(9);
        var leader = new HttpVisitor(port, "zh-CN").logIn(sale.leader().leader(), Accounts.PASSWORD);
        assertThat(leader.statementsFor("/leader")).isLessThanOrEqualTo(14);
    }

    private String page(String query) throws UnsupportedEncodingException {
        return mvc.get().uri("/admin?" + query).with(accounts.as("admin")).header("Accept-Language", "en")
                .exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String phoneOf(String username) {
        return jdbc.sql("select phone from users where username = :u").param("u", username).query(String.class).single();
    }

    private static List<String> names(List<Ranked> rows) {
        return rows.stream().map(row -> row.name() + " " + row.gmv().fen() + " " + row.orders()).toList();
    }

    private void moveTo(LocalDateTime beijing) {
        clock.advance(Duration.between(clock.instant(), beijing.atZone(BusinessTime.ZONE).toInstant()));
    }
}
