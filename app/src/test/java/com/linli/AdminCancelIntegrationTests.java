package com.linli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.linli.domain.fulfilment.FulfilmentRejected;
import com.linli.domain.fulfilment.PurchaseOrderService;
import com.linli.domain.groupbuy.GroupBuyService;
import com.linli.domain.groupbuy.InvalidGroupBuy;
import com.linli.domain.order.OrderService;
import com.linli.domain.order.PlaceOrder;
import com.linli.domain.shared.DomainException;

/**
 * An admin cancels a group-buy (PRODUCT.md: "or by an admin, voiding its orders"): before its cutoff,
 * or after it while its goods are not yet sent to a supplier; with a reason its leader reads.
 */
@LinliIntegrationTest
class AdminCancelIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Platform platform;

    @Autowired
    Fulfilments fulfilments;

    @Autowired
    OrderService orders;

    @Autowired
    GroupBuyService groupBuys;

    @Autowired
    PurchaseOrderService purchaseOrders;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void anAdminCancelsAnOpenGroupBuyVoidingEveryLiveOrderAndTellingItsMembersWhy() {
        var leader = platform.leader();
        var groupBuy = platform.open(leader, Platform.item(platform.product("取消橙子"), 990, 5, 10, null));
        long item = groupBuy.getItems().get(0).getId();
        var firstMember = platform.member(leader.community(), "甲");
        var first = orders.place(platform.id(firstMember), place(groupBuy.getId(), item, 2));
        var second = orders.place(platform.id(platform.member(leader.community(), "乙")), place(groupBuy.getId(), item, 1));
        var gaveUp = orders.place(platform.id(platform.member(leader.community(), "丙")), place(groupBuy.getId(), item, 1));
        orders.cancel(gaveUp.getMemberId(), gaveUp.getId());
        var page = "/admin/group-buys/" + groupBuy.getId();

        assertThat(asAdmin(mvc.get().uri(page))).hasStatusOk().bodyText()
                .contains(groupBuy.getTitle(), leader.community().getName(), "取消原因", "接龙（2）");
        assertThat(asAdmin(mvc.post().uri(page + "/cancel").param("reason", "  供应商断货  ")))
                .hasStatus(HttpStatus.FOUND).hasRedirectedUrl(page);

        assertThat(text("select status || ':' || cancel_reason from group_buys where id = :id", groupBuy.getId()))
                .containsExactly("CANCELLED:供应商断货");
        assertThat(text("""
                        select o.id || ':' || o.status || ':' || t.from_status || ':' || coalesce(t.actor_id::text, '-')
                        from orders o join order_transitions t on t.order_id = o.id and t.to_status = o.status
                        where o.group_buy_id = :id order by o.id""", groupBuy.getId()))
                .containsExactly(first.getId() + ":VOIDED:PLACED:" + platform.id("admin"),
                        second.getId() + ":VOIDED:PLACED:" + platform.id("admin"),
                        gaveUp.getId() + ":CANCELLED:PLACED:" + gaveUp.getMemberId());
        assertThat(text("select distinct l.status from order_lines l join orders o on o.id = l.order_id "
                + "where o.group_buy_id = :id and o.status = 'VOIDED'", groupBuy.getId())).containsExactly("VOIDED");
        assertThat(text("select user_id || ':' || kind from notifications where group_buy_id = :id order by user_id",
                groupBuy.getId())).containsExactly(first.getMemberId() + ":GROUP_BUY_CANCELLED",
                second.getMemberId() + ":GROUP_BUY_CANCELLED");
        assertThat(text("select actor_username || ':' || summary from audit_entries "
                + "where action = 'GROUP_BUY_CANCELLED' and target_id = :id", groupBuy.getId()))
                .containsExactly("admin:" + groupBuy.getTitle() + " · 供应商断货");
        assertThat(mvc.get().uri("/notifications").with(accounts.as(firstMember))
                .header("Accept-Language", "zh-CN")).bodyText().contains("「" + groupBuy.getTitle() + "」已被平台取消");
        assertThat(mvc.get().uri("/leader/group-buys/" + groupBuy.getId()).with(accounts.as(leader.leader()))
                .header("Accept-Language", "zh-CN")).bodyText().contains("已被平台取消：供应商断货");
        assertThatThrownBy(() -> orders.place(platform.id(platform.member(leader.community(), "丁")),
                place(groupBuy.getId(), item, 1))).isInstanceOf(DomainException.class);
    }

    @Test
    void aClosedGroupBuyLeavesItsOpenPurchaseOrderAndItsPickupCodesAreVoid() {
        var product = platform.product("撤单柑橘");
        var leader = platform.leader();
        var kept = fulfilments.closed(leader, product, 1000, 4);
        var cancelled = fulfilments.closed(leader, product, 1000, 2, 3);
        assertThat(cancelled.purchaseOrderId()).isEqualTo(kept.purchaseOrderId());
        var alone = fulfilments.closed(2);

        groupBuys.cancelByAdmin(platform.id("admin"), cancelled.groupBuy().getId(), "质量问题");
        groupBuys.cancelByAdmin(platform.id("admin"), alone.groupBuy().getId(), "质量问题");

        // the shared purchase order keeps the other group-buy's goods; the one left empty is gone
        assertThat(text("select group_buy_id::text from purchase_order_lines where purchase_order_id = :id",
                kept.purchaseOrderId())).containsExactly(kept.groupBuy().getId().toString());
        assertThat(text("select status from purchase_orders where id = :id", alone.purchaseOrderId())).isEmpty();
        assertThat(text("select status || ':' || coalesce(pickup_code, '-') from orders where group_buy_id = :id",
                cancelled.groupBuy().getId())).containsExactly("VOIDED:-", "VOIDED:-");
        // a gathering afterwards, or the sweep, buys nothing of it again
        assertThat(purchaseOrders.gather(cancelled.groupBuy().getId())).isZero();
        assertThat(purchaseOrders.ungathered()).doesNotContain(cancelled.groupBuy().getId(), alone.groupBuy().getId());
    }

    @Test
    void onceItsPurchaseOrderIsSentTheGroupBuyIsNotCancelledAndNothingChanges() {
        var closed = fulfilments.closed(2, 3);
        purchaseOrders.send(platform.id("admin"), closed.purchaseOrderId());
        var page = "/admin/group-buys/" + closed.groupBuy().getId();

        assertThat(asAdmin(mvc.post().uri(page + "/cancel").param("reason", "供应商断货"))).hasStatusOk().bodyText()
                .contains("含此团购商品的采购单 #" + closed.purchaseOrderId() + " 已发送供应商，团购不能再取消。", "供应商断货");

        assertUnchanged(closed.groupBuy().getId(), "CLOSED");
        assertThat(closed.orderIds()).allSatisfy(order -> assertThat(fulfilments.orderStatus(order)).isEqualTo("CONFIRMED"));
        assertThat(text("select count(*)::text from purchase_order_lines where purchase_order_id = :id",
                closed.purchaseOrderId())).containsExactly("1");
    }

    @Test
    void whileItsPurchaseOrderIsBeingSentTheCancellationIsRefusedAtOnceRatherThanWaitedFor() throws Exception {
        var closed = fulfilments.closed(2);
        try (var sending = dataSource.getConnection()) {
            sending.setAutoCommit(false);
            try (var lock = sending.prepareStatement("select id from purchase_orders where id = ? for update")) {
                lock.setLong(1, closed.purchaseOrderId());
                lock.executeQuery().close();
            }

            assertThatThrownBy(() -> groupBuys.cancelByAdmin(platform.id("admin"), closed.groupBuy().getId(), "断货"))
                    .isInstanceOf(FulfilmentRejected.class).hasMessageStartingWith("fulfilment.purchase-order.busy");
            sending.rollback();
        }

        assertUnchanged(closed.groupBuy().getId(), "CLOSED");
        assertThat(fulfilments.orderStatus(closed.orderIds().get(0))).isEqualTo("CONFIRMED");
    }

    @Test
    void withoutAReasonOrWithAnAbsurdOneNothingChanges() {
        var leader = platform.leader();
        var groupBuy = platform.open(leader, Platform.item(platform.product("理由橙子"), 990, 5, null, null));
        var page = "/admin/group-buys/" + groupBuy.getId();

        assertThat(asAdmin(mvc.post().uri(page + "/cancel").param("reason", "   "))).hasStatusOk().bodyText()
                .contains("请填写取消原因，最多 200 个字。");
        assertThat(asAdmin(mvc.post().uri(page + "/cancel").param("reason", "断".repeat(201)))).hasStatusOk()
                .bodyText().contains("请填写取消原因，最多 200 个字。");
        assertThat(asAdmin(mvc.post().uri(page + "/cancel").param("reason", "断货\u0007"))).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(asAdmin(mvc.post().uri("/admin/group-buys/" + Long.MAX_VALUE + "/cancel").param("reason", "断货")))
                .hasStatus(HttpStatus.NOT_FOUND);

        assertUnchanged(groupBuy.getId(), "OPEN");
    }

    @Test
    void onlyAdminsSeeOrCancelAnyGroupBuy() {
        var leader = platform.leader();
        var groupBuy = platform.open(leader, Platform.item(platform.product("权限橙子"), 990, 5, null, null));
        var member = platform.member(leader.community(), "权限邻居");
        var page = "/admin/group-buys/" + groupBuy.getId();

        for (var user : List.of(member, leader.leader())) {
            assertThat(mvc.get().uri(page).with(accounts.as(user))).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.post().uri(page + "/cancel").param("reason", "断货").with(accounts.as(user)).with(csrf()))
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(mvc.post().uri(page + "/cancel").param("reason", "断货").with(csrf())).hasStatus(HttpStatus.FOUND)
                .redirectedUrl().endsWith("/login");

        assertUnchanged(groupBuy.getId(), "OPEN");
    }

    @Test
    void twoAdminsCancellingAtOnceCancelOnceAndTheOtherIsToldWhy() {
        var leader = platform.leader();
        var groupBuy = platform.open(leader, Platform.item(platform.product("同时橙子"), 990, 5, null, null));
        var order = orders.place(platform.id(platform.member(leader.community(), "同时邻居")),
                place(groupBuy.getId(), groupBuy.getItems().get(0).getId(), 1));

        var answers = AtOnce.send(2, i -> {
            try {
                groupBuys.cancelByAdmin(platform.id("admin"), groupBuy.getId(), "重复提交");
                return "cancelled";
            } catch (InvalidGroupBuy refused) {
                return refused.code();
            }
        });

        assertThat(answers).containsExactlyInAnyOrder("cancelled", "groupbuy.not-cancellable");
        assertThat(text("select count(*)::text from notifications where order_id = :id", order.getId())).containsExactly("1");
        assertThat(text("select count(*)::text from audit_entries where action = 'GROUP_BUY_CANCELLED' and target_id = :id",
                groupBuy.getId())).containsExactly("1");
    }

    @Test
    void membersOrderingWhileAnAdminCancelsAreEitherVoidedOrRefusedNeverLeftLive() {
        var leader = platform.leader();
        var groupBuy = platform.open(leader, Platform.item(platform.product("抢购橙子"), 990, 5, null, null));
        long item = groupBuy.getItems().get(0).getId();
        var members = IntStream.range(0, 8)
                .mapToObj(i -> platform.id(platform.member(leader.community(), "抢购" + i))).toList();

        var answers = AtOnce.send(members.size() + 1, i -> {
            try {
                if (i == members.size()) {
                    groupBuys.cancelByAdmin(platform.id("admin"), groupBuy.getId(), "价格错误");
                    return "cancelled";
                }
                orders.place(members.get(i), place(groupBuy.getId(), item, 1));
                return "placed";
            } catch (DomainException refused) {
                return "refused";
            }
        });

        assertThat(answers).contains("cancelled").doesNotContainNull();
        assertThat(text("select distinct status from orders where group_buy_id = :id", groupBuy.getId()))
                .containsOnly("VOIDED");
        assertThat(text("select count(*)::text from orders where group_buy_id = :id", groupBuy.getId()))
                .containsExactly(String.valueOf(answers.stream().filter("placed"::equals).count()));
    }

    @Test
    void gatheringRacingACancellationLeavesNoLineOfTheCancelledGroupBuy() {
        var closed = fulfilments.closed(2, 3);
        long groupBuy = closed.groupBuy().getId();
        // as if the node had crashed between the cutoff and the gathering: the sweep and the admin at once
        jdbc.sql("delete from purchase_order_lines where group_buy_id = :id").param("id", groupBuy).update();

        var answers = AtOnce.send(9, i -> {
            if (i == 0) {
                groupBuys.cancelByAdmin(platform.id("admin"), groupBuy, "供应商断货");
                return -1;
            }
            return purchaseOrders.gather(groupBuy);
        });

        assertThat(answers).contains(-1);
        assertThat(text("select status from group_buys where id = :id", groupBuy)).containsExactly("CANCELLED");
        assertThat(text("select id::text from purchase_order_lines where group_buy_id = :id", groupBuy)).isEmpty();
    }

    private MvcTestResult asAdmin(MockMvcTester.MockMvcRequestBuilder request) {
        return request.with(accounts.as("admin")).with(csrf()).header("Accept-Language", "zh-CN").exchange();
    }

    private void assertUnchanged(long groupBuyId, String status) {
        assertThat(text("select status || ':' || coalesce(cancel_reason, '-') from group_buys where id = :id", groupBuyId))
                .containsExactly(status + ":-");
        assertThat(text("select id::text from audit_entries where action = 'GROUP_BUY_CANCELLED' and target_id = :id",
                groupBuyId)).isEmpty();
    }

    private List<String> text(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(String.class).list();
    }

    private static PlaceOrder place(long groupBuyId, long itemId, int quantity) {
        return new PlaceOrder(groupBuyId, Map.of(itemId, quantity));
    }
}
