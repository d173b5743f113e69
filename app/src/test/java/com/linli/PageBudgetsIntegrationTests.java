package com.linli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.linli.domain.catalog.Product;
import com.linli.domain.community.CommunityService;
import com.linli.domain.community.JoinCommunity;
import com.linli.domain.groupbuy.GroupBuy;
import com.linli.domain.order.OrderService;
import com.linli.domain.order.PlaceOrder;
import com.linli.domain.groupbuy.CutoffService;

/**
 * What the members' busiest pages cost in SQL statements, session and security included: a fixed
 * number whatever the number of group-buys, orders or members behind them, so an N+1 fails the build.
 */
@LinliIntegrationTest
class PageBudgetsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Platform platform;

    @Autowired
    CutoffService cutoff;

    @Autowired
    Fulfilments fulfilments;

    @Autowired
    OrderService orders;

    @Autowired
    CommunityService communities;

    @Autowired
    JdbcClient jdbc;

    @Test
    void communityHomeCostsAtMostFiveStatementsWhateverItsGroupBuys() {
        var leader = platform.leader();
        var product = platform.product("社区首页橙子");
        var other = platform.product("社区首页苹果");
        var member = platform.member(leader.community(), "首页邻居");
        var visitor = new HttpVisitor(port, "zh-CN").logIn(member, Accounts.PASSWORD);
        var home = "/c/" + leader.community().getId();
        openAndClose(leader, product, other);
        visitor.get(home); // the first page after logging in keeps a new CSRF token in the session

        var few = visitor.statementsFor(home);
        for (int i = 0; i < 3; i++) {
            openAndClose(leader, product, other);
        }

        // the session, the notification badge, the community with the membership, the cards
        assertThat(few).isLessThanOrEqualTo(5);
        assertThat(visitor.statementsFor(home)).isEqualTo(few);
    }

    @Test
    void communityHomePagesItsClosedGroupBuysLatestFirstAfterEveryOpenOne() {
        var leader = platform.leader();
        var product = platform.product("分页橙子");
        var member = platform.member(leader.community(), "分页邻居");
        var firstClosed = closed(leader, product);
        for (int i = 0; i < 20; i++) {
            closed(leader, product);
        }
        var open = platform.open(leader, Platform.item(product, 990, 5, null, null));
        var visitor = new HttpVisitor(port, "zh-CN").logIn(member, Accounts.PASSWORD);
        var home = "/c/" + leader.community().getId();

        var first = visitor.get(home).body();
        assertThat(first).contains(open.getTitle(), "1 / 2").doesNotContain("/group-buys/" + firstClosed + "\"");
        assertThat(visitor.get(home + "?page=1").body()).contains(open.getTitle(), "/group-buys/" + firstClosed + "\"");
    }

    @Test
    void groupBuyPageAndLiveListCostTheSameStatementsWhateverThe接龙AndARefusedOrderLittleMore() {
        var leader = platform.leader();
        var groupBuy = platform.open(leader, Platform.item(platform.product("接龙橙子"), 990, 5, 100, null),
                Platform.item(platform.product("接龙苹果"), 1290, 3, null, 2));
        var member = platform.member(leader.community(), "接龙邻居");
        order(member, groupBuy, 1);
        neighboursOrder(leader, groupBuy, 2);
        var visitor = new HttpVisitor(port, "zh-CN").logIn(member, Accounts.PASSWORD);
        var page = "/group-buys/" + groupBuy.getId();
        visitor.get(page);

        var leaderVisitor = new HttpVisitor(port, "zh-CN").logIn(leader.leader(), Accounts.PASSWORD);
        var liveList = "/leader/group-buys/" + groupBuy.getId();
        leaderVisitor.get(liveList);

        var few = visitor.statementsFor(page);
        var leaderFew = leaderVisitor.statementsFor(liveList);
        neighboursOrder(leader, groupBuy, 4);

        // the session, the badge, the group-buy with its items and their tiers, the community with the
        // membership, my order and its lines, the 接龙
        assertThat(few).isLessThanOrEqualTo(8);
        assertThat(visitor.statementsFor(page)).isEqualTo(few);
        // each neighbour masked, with what they ordered item by item (邻居0 … ordered 1 or 2 of the first item, 1 of the second)
        assertThat(visitor.get(page).body()).contains("接*", "接龙（7）")
                .containsPattern("<span>接\\*</span>\\s*<span class=\"text-muted small\"> · 接龙橙子 ×1</span>\\s*"
                        + "<span class=\"text-muted small\"> · 接龙苹果 ×1</span>\\s*</li>")
                .containsPattern("<span>邻\\*</span>\\s*<span class=\"text-muted small\"> · 接龙橙子 ×2</span>")
                .doesNotContain(phoneOf("接龙邻居", leader));
        // the leader's live list, read in one transaction: the session, the badge, the leader, the group-buy with its
        // items and their tiers, a page of the 接龙
        assertThat(leaderFew).isLessThanOrEqualTo(6);
        assertThat(leaderVisitor.statementsFor(liveList)).isEqualTo(leaderFew);
        // more than the per-member limit: refused, then the page read once around what was sent, besides the
        // refused order's own seven reads
        visitor.get(page);
        var secondItem = groupBuy.getItems().get(1).getId();
        assertThat(visitor.statementsForPost(page + "/order", Map.of("quantities[" + secondItem + "]", "3")))
                .isLessThanOrEqualTo(few + 7);
    }

    @Test
    void theLeadersLiveListIsPagedWithEachItemsTotalOverAllOrdersAndAnotherLeaderSeesNoPageOfIt() {
        var leader = platform.leader();
        var groupBuy = platform.open(leader, Platform.item(platform.product("长龙橙子"), 990, 5, null, null),
                Platform.item(platform.product("长龙苹果"), 1290, 3, null, null));
        neighboursOrder(leader, groupBuy, 23); // 橙子 1, 2, 1, 2 … = 34; 苹果 1 each = 23
        var visitor = new HttpVisitor(port, "zh-CN").logIn(leader.leader(), Accounts.PASSWORD);
        var liveList = "/leader/group-buys/" + groupBuy.getId();
        var totals = "长龙橙子</td>\\s*<td>¥9.90</td>\\s*<td>34</td>[\\s\\S]*长龙苹果</td>\\s*<td>¥12.90</td>\\s*<td>23</td>";
        var lastPhone = phoneOf("邻居22", leader);

        var first = visitor.get(liveList).body();
        var second = visitor.get(liveList + "?page=1").body();

        assertThat(first).contains("接龙（23）", "第 1 / 2 页", ">邻居0<", ">邻居19<", liveList + "?page=1")
                .containsPattern(totals).doesNotContain(">邻居20<", lastPhone);
        assertThat(second).contains("接龙（23）", "第 2 / 2 页", "<td>21</td>", ">邻居22<", lastPhone)
                .containsPattern(totals).doesNotContain(">邻居0<");
        assertThat(visitor.statementsFor(liveList + "?page=1")).isEqualTo(visitor.statementsFor(liveList));
        var otherLeader = new HttpVisitor(port, "zh-CN").logIn(platform.leader().leader(), Accounts.PASSWORD);
        var refused = otherLeader.get(liveList + "?page=1");
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.body()).doesNotContain(">邻居22<", lastPhone);
    }

    @Test
    void myOrdersCostTheSameStatementsWhateverTheirNumberAndArePaged() {
        var member = accounts.newMember("订单邻居");
        placeInANewCommunity(member);
        var visitor = new HttpVisitor(port, "zh-CN").logIn(member, Accounts.PASSWORD);
        visitor.get("/orders");

        var few = visitor.statementsFor("/orders");
        for (int i = 0; i < 20; i++) {
            placeInANewCommunity(member);
        }

        // the session, the badge, the page of orders with their lines, group-buys and pickup points
        assertThat(few).isLessThanOrEqualTo(4);
        assertThat(visitor.statementsFor("/orders")).isEqualTo(few);
        assertThat(visitor.get("/orders").body()).contains("第 1 / 2 页", "订单橙子 ×1", "¥9.90");
        assertThat(visitor.get("/orders?page=1").body()).contains("第 2 / 2 页");
    }

    @Test
    void theBellShowsHowManyNotificationsAreUnread() {
        var closed = fulfilments.closed(2);
        var visitor = new HttpVisitor(port, "zh-CN").logIn(closed.members().get(0), Accounts.PASSWORD);

        assertThat(visitor.get("/c/" + closed.leader().community().getId()).body())
                .containsPattern("id=\"notifications-link\">\\s*<span>[^<]*</span>\\s*<span class=\"badge[^\"]*\">1</span>");
    }

    /** The phone of the neighbour of that display name in the leader's community. */
    private String phoneOf(String displayName, Neighbourhoods.Led leader) {
        return jdbc.sql("""
                        select u.phone from users u join memberships m on m.member_id = u.id
                        where u.display_name = :name and m.community_id = :community""")
                .param("name", displayName).param("community", leader.community().getId()).query(String.class).single();
    }

    private void placeInANewCommunity(String member) {
        var leader = platform.leader();
        var groupBuy = platform.open(leader, Platform.item(platform.product("订单橙子"), 990, 5, null, null));
        communities.join(new JoinCommunity(leader.community().getId(), platform.id(member), null));
        order(member, groupBuy, 1);
    }

    private void neighboursOrder(Neighbourhoods.Led leader, GroupBuy groupBuy, int count) {
        for (int i = 0; i < count; i++) {
            order(platform.member(leader.community(), "邻居" + i), groupBuy, 1 + i % 2);
        }
    }

    private void order(String member, GroupBuy groupBuy, int quantity) {
        var quantities = new HashMap<Long, Integer>();
        groupBuy.getItems().forEach(item -> quantities.put(item.getId(), 1));
        quantities.put(groupBuy.getItems().get(0).getId(), quantity);
        orders.place(platform.id(member), new PlaceOrder(groupBuy.getId(), quantities));
    }

    private void openAndClose(Neighbourhoods.Led leader, Product product, Product other) {
        platform.open(leader, Platform.item(product, 990, 5, null, null), Platform.item(other, 1290, 3, 10, 2));
        closed(leader, product);
    }

    private long closed(Neighbourhoods.Led leader, Product product) {
        var groupBuy = platform.open(leader, Platform.item(product, 990, 5, null, null));
        cutoff.close(groupBuy.getId());
        return groupBuy.getId();
    }
}
