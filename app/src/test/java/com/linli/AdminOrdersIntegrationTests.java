package com.linli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.linli.domain.groupbuy.GroupBuy;
import com.linli.domain.groupbuy.GroupBuyService;
import com.linli.domain.order.Order;
import com.linli.domain.order.OrderService;
import com.linli.domain.order.PlaceOrder;
import com.linli.domain.shared.BusinessTime;

/** The back office's order search and order page: every order findable, nobody else's business. */
@LinliIntegrationTest
class AdminOrdersIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Platform platform;

    @Autowired
    OrderService orders;

    @Autowired
    GroupBuyService groupBuys;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachFieldFindsExactlyItsOrders() {
        var leader = platform.leader();
        var groupBuy = platform.open(leader, Platform.item(platform.product("查单橙子"), 990, 5, null, null));
        var other = platform.open(leader, Platform.item(platform.product("查单苹果"), 1290, 5, null, null));
        var alice = platform.member(leader.community(), "查单甲");
        var bob = platform.member(leader.community(), "查单乙");
        var aliceOrder = order(alice, groupBuy);
        var bobOrder = order(bob, groupBuy);
        var aliceOther = order(alice, other);
        orders.cancel(bobOrder.getMemberId(), bobOrder.getId());
        var elsewhere = platform.leader();
        var stranger = order(platform.member(elsewhere.community(), "查单丙"),
                platform.open(elsewhere, Platform.item(platform.product("查单梨"), 990, 5, null, null)));
        var community = "community=" + leader.community().getId();
        var today = LocalDate.ofInstant(clock.instant(), BusinessTime.ZONE);

        assertThat(found(community)).containsExactly(aliceOther.getId(), bobOrder.getId(), aliceOrder.getId());
        assertThat(found("member=" + alice.toUpperCase())).containsExactly(aliceOther.getId(), aliceOrder.getId());
        assertThat(found("member=" + phoneOf(bob))).containsExactly(bobOrder.getId());
        assertThat(found("id=" + stranger.getId())).containsExactly(stranger.getId());
        assertThat(found("groupBuy=" + other.getId())).containsExactly(aliceOther.getId());
        assertThat(found(community + "&status=CANCELLED")).containsExactly(bobOrder.getId());
        assertThat(found(community + "&from=" + today + "&to=" + today)).hasSize(3);
        assertThat(found(community + "&from=" + today.plusDays(1))).isEmpty();
        assertThat(admin("/admin/orders?" + community)).contains("共 3 个订单", "查单甲 · " + alice, phoneOf(alice),
                groupBuy.getTitle(), leader.community().getName(), "¥9.90", "已取消");
    }

    @Test
    void badSearchesAreToldAndFindNothing() {
        assertThat(admin("/admin/orders?id=abc")).contains("id=\"id\"", "is-invalid", "没有符合条件的订单。");
        assertThat(admin("/admin/orders?from=2026-11-20&to=2026-11-19")).contains("开始日期不能晚于结束日期。",
                "没有符合条件的订单。");
        assertThat(admin("/admin/orders?member=" + "1".repeat(33))).contains("用户名或手机号最多 32 个字符。");
        assertThat(mvc.get().uri("/admin/orders").param("member", "\u0007abc").with(accounts.as("admin"))
                .header("Accept-Language", "zh-CN")).hasStatusOk().bodyText().contains("请删除其中的不可见控制字符");
        assertThat(admin("/admin/orders?status=LOST")).contains("没有符合条件的订单。");
        assertThat(mvc.get().uri("/admin/orders?page=-1").with(accounts.as("admin"))).hasStatusOk();
        assertThat(mvc.get().uri("/admin/orders/" + Long.MAX_VALUE).with(accounts.as("admin")))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void onlyAdminsSearchOrReadOrders() {
        var leader = platform.leader();
        var member = platform.member(leader.community(), "偷看邻居");
        var order = order(member, platform.open(leader, Platform.item(platform.product("偷看橙子"), 990, 5, null, null)));

        for (var user : List.of(member, leader.leader())) {
            assertThat(mvc.get().uri("/admin/orders").with(accounts.as(user))).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.get().uri("/admin/orders/" + order.getId()).with(accounts.as(user)))
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(mvc.get().uri("/admin/orders/" + order.getId())).hasStatus(HttpStatus.FOUND)
                .redirectedUrl().endsWith("/login");
    }

    @Test
    void anOrdersPageShowsItsLinesAndWhoTookEachStep() {
        var leader = platform.leader();
        var groupBuy = platform.open(leader, Platform.item(platform.product("历史橙子"), 990, 5, null, null));
        var member = platform.member(leader.community(), "历史邻居");
        var order = order(member, groupBuy);
        groupBuys.cancelByAdmin(platform.id("admin"), groupBuy.getId(), "供应商断货");

        assertThat(admin("/admin/orders/" + order.getId()))
                .contains("订单 #" + order.getId(), "历史邻居 · " + member, phoneOf(member), groupBuy.getTitle(),
                        "历史橙子 (份)", "已作废", "已下单 → 已作废")
                .containsPattern(Pattern.compile("已下单 → 已作废</span>\\s*<div class=\"small text-muted\">[^<]* · admin</div>"));
    }

    @Test
    void beyondTheCapTheCountStopsAndSaysSo() {
        var leader = platform.leader();
        var groupBuy = platform.open(leader, Platform.item(platform.product("海量橙子"), 990, 5, null, null));
        var member = platform.id(platform.member(leader.community(), "海量邻居"));
        // cancelled orders, so the one-live-order-per-member index lets them all in
        jdbc.sql("""
                        insert into orders (id, group_buy_id, community_id, member_id, status, payment_status, placed_at,
                                            updated_at, version)
                        select nextval('orders_seq'), :groupBuy, :community, :member, 'CANCELLED', 'UNPAID', now(), now(), 0
                        from generate_series(1, 10001)""")
                .param("groupBuy", groupBuy.getId()).param("community", leader.community().getId()).param("member", member)
                .update();

        assertThat(admin("/admin/orders?groupBuy=" + groupBuy.getId())).contains("超过 10,000 个订单");
    }

    @Test
    void theSearchAndTheOrderPageCostTheSameStatementsWhateverTheOrders() {
        var leader = platform.leader();
        var groupBuy = platform.open(leader, Platform.item(platform.product("预算橙子"), 990, 5, null, null),
                Platform.item(platform.product("预算苹果"), 1290, 5, null, null));
        var first = order(platform.member(leader.community(), "预算邻居"), groupBuy);
        var visitor = new HttpVisitor(port, "zh-CN").logIn("admin", LinliIntegrationTest.ADMIN_PASSWORD);
        var search = "/admin/orders?community=" + leader.community().getId();
        var page = "/admin/orders/" + first.getId();
        visitor.get(search);

        var few = visitor.statementsFor(search);
        var one = visitor.statementsFor(page);
        for (int i = 0; i < 5; i++) {
            order(platform.member(leader.community(), "预算邻居" + i), groupBuy);
        }
        groupBuys.cancelByAdmin(platform.id("admin"), groupBuy.getId(), "预算");

        // the session, the badge, the count, the page of rows
        assertThat(few).isLessThanOrEqualTo(4);
        assertThat(visitor.statementsFor(search)).isEqualTo(few);
        // the session, the badge, the order with its lines and history, the people, the group-buy with its
        // items, the community
        assertThat(one).isLessThanOrEqualTo(9);
        assertThat(visitor.statementsFor(page)).isEqualTo(one);
    }

    private List<Long> found(String query) {
        var body = admin("/admin/orders?" + query);
        return Pattern.compile("href=\"/admin/orders/(\\d+)\"").matcher(body).results()
                .map(match -> Long.valueOf(match.group(1))).toList();
    }

    private String admin(String uri) {
        var result = mvc.get().uri(uri).with(accounts.as("admin")).header("Accept-Language", "zh-CN").exchange();
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private Order order(String member, GroupBuy groupBuy) {
        return orders.place(platform.id(member), new PlaceOrder(groupBuy.getId(),
                Map.of(groupBuy.getItems().get(0).getId(), 1)));
    }

    private String phoneOf(String username) {
        return jdbc.sql("select phone from users where username = :u").param("u", username).query(String.class).single();
    }
}
