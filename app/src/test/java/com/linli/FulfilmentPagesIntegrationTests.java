package com.linli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.linli.domain.shared.BusinessTime;
import com.linli.domain.supplier.SupplierDetails;
import com.linli.domain.supplier.SupplierService;

/**
 * The fulfilment pages with real security: who may do what, what bad input is told, and what each
 * page costs in SQL statements (session and security included).
 */
@LinliIntegrationTest
class FulfilmentPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Platform platform;

    @Autowired
    Fulfilments fulfilments;

    @Autowired
    SupplierService suppliers;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void adminSendsAndShipsAPurchaseOrderAndDownloadsItForExcel() {
        var closed = fulfilments.closed(2, 3);
        var page = "/admin/purchase-orders/" + closed.purchaseOrderId();

        assertThat(mvc.get().uri("/admin/purchase-orders").with(accounts.as("admin")).header("Accept-Language", "zh-CN"))
                .hasStatusOk().bodyText().contains("采购单", "待发送");
        assertThat(mvc.get().uri(page).with(accounts.as("admin")).header("Accept-Language", "zh-CN"))
                .hasStatusOk().bodyText().contains("配送柑橘", "¥20.00", closed.leader().community().getName(),
                        "type=\"checkbox\"", "data-print");
        assertThat(mvc.post().uri(page + "/send").with(accounts.as("admin")).with(csrf())).hasStatus(HttpStatus.FOUND);
        var arrival = LocalDateTime.now(BusinessTime.ZONE).plusHours(10).withSecond(0).withNano(0);
        assertThat(mvc.post().uri(page + "/ship").with(accounts.as("admin")).with(csrf())
                .param("expectedArrival", arrival.toString())).hasStatus(HttpStatus.FOUND);
        assertThat(jdbc.sql("select status from deliveries where purchase_order_id = :id")
                .param("id", closed.purchaseOrderId()).query(String.class).single()).isEqualTo("SHIPPED");
        assertThat(jdbc.sql("select status from group_buys where id = :id").param("id", closed.groupBuy().getId())
                .query(String.class).single()).isEqualTo("DELIVERING");

        var csv = mvc.get().uri(page + "/pick-list.csv").with(accounts.as("admin")).exchange().getResponse();
        assertThat(csv.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        var bytes = csv.getContentAsByteArray();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("配送柑橘", closed.leader().community().getName(),
                ",5\r\n");
        assertThat(mvc.get().uri(page + "/lines.csv").with(accounts.as("admin"))).hasStatusOk().bodyText()
                .contains("配送柑橘,份,4.00,5,20.00");
    }

    @Test
    void onlyAdminsManagePurchaseOrders() {
        var closed = fulfilments.closed(1);
        var page = "/admin/purchase-orders/" + closed.purchaseOrderId();

        assertThat(mvc.get().uri("/admin/purchase-orders").with(accounts.as(closed.leader().leader())))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri(page).with(accounts.as(closed.members().get(0)))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri(page + "/send").with(accounts.as(closed.leader().leader())).with(csrf()))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri(page + "/pick-list.csv").with(accounts.as(closed.members().get(0))))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(purchaseOrderStatus(closed.purchaseOrderId())).isEqualTo("OPEN");
    }

    @Test
    void shippingAnEmptyOrShippedPurchaseOrderOrWithANonsenseArrivalIsExplainedAndChangesNothing() {
        var shipped = fulfilments.shipped(1);
        var page = "/admin/purchase-orders/" + shipped.purchaseOrderId();
        assertThat(mvc.post().uri(page + "/ship").with(accounts.as("admin")).with(csrf())
                .param("expectedArrival", LocalDateTime.now(BusinessTime.ZONE).plusHours(3).toString())
                .header("Accept-Language", "zh-CN"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText().contains("采购单状态为「已发货」，无法进行此操作。");
        assertThat(count("select count(*) from deliveries where purchase_order_id = :id", shipped.purchaseOrderId()))
                .isEqualTo(1);

        // what a cancelled group-buy would leave: an open purchase order without lines
        var supplier = suppliers.create(new SupplierDetails(CatalogFixtures.unique("空单供应商"), null, null, null, null));
        long empty = jdbc.sql("insert into purchase_orders (id, supplier_id, pickup_date, status, created_at, updated_at, "
                        + "version) values (nextval('purchase_orders_seq'), :supplier, current_date + 1, 'OPEN', now(), "
                        + "now(), 0) returning id").param("supplier", supplier.getId()).query(Long.class).single();
        assertThat(mvc.post().uri("/admin/purchase-orders/{id}/send", empty).with(accounts.as("admin")).with(csrf())
                .header("Accept-Language", "en")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                .contains("This purchase order has no lines: there is nothing to send or ship.");
        assertThat(purchaseOrderStatus(empty)).isEqualTo("OPEN");

        var sent = fulfilments.closed(1);
        var sentPage = "/admin/purchase-orders/" + sent.purchaseOrderId();
        assertThat(mvc.post().uri(sentPage + "/send").with(accounts.as("admin")).with(csrf())).hasStatus(HttpStatus.FOUND);
        for (var nonsense : new String[] {"", "abc", "99999-01-01T00:00", "2020-01-01T08:00", "2026-13-45T25:61",
                LocalDateTime.now(BusinessTime.ZONE).plusDays(30).toString()}) {
            assertThat(mvc.post().uri(sentPage + "/ship").with(accounts.as("admin")).with(csrf())
                    .param("expectedArrival", nonsense).header("Accept-Language", "en"))
                    .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                    .contains("Enter the expected arrival as a date and time from today to 14 days ahead.");
        }
        // a control character is refused before anything reads it, like in every text input
        assertThat(mvc.post().uri(sentPage + "/ship").with(accounts.as("admin")).with(csrf())
                .param("expectedArrival", "2030-01-01T08:00\u0000")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(purchaseOrderStatus(sent.purchaseOrderId())).isEqualTo("SENT");
        assertThat(count("select count(*) from deliveries where purchase_order_id = :id", sent.purchaseOrderId()))
                .isZero();
    }

    @Test
    void leaderSignsTheirDeliveryWithAShortageButNotAnotherPointsDelivery() {
        var shipped = fulfilments.shipped(2, 1);
        var other = platform.leader();
        var sign = "/leader/deliveries/" + shipped.deliveryId() + "/sign";
        var line = lineOf(shipped.deliveryId());

        assertThat(mvc.get().uri("/leader/deliveries").with(accounts.as(other.leader()))).hasStatusOk().bodyText()
                .doesNotContain("配送柑橘");
        assertThat(mvc.post().uri(sign).with(accounts.as(other.leader())).with(csrf()).param("received[" + line + "]", "3"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(deliveryStatus(shipped.deliveryId())).isEqualTo("SHIPPED");
        assertThat(mvc.post().uri(sign).with(accounts.as(shipped.members().get(0))).with(csrf()))
                .hasStatus(HttpStatus.FORBIDDEN);

        assertThat(mvc.get().uri("/leader/deliveries").with(accounts.as(shipped.leader().leader()))
                .header("Accept-Language", "zh-CN")).hasStatusOk().bodyText().contains("配送柑橘", "确认签收");
        assertThat(mvc.post().uri(sign).with(accounts.as(shipped.leader().leader())).with(csrf())
                .param("received[" + line + "]", "2")).hasStatus(HttpStatus.FOUND).flash()
                .containsEntry("message", "fulfilment.delivery.signed-short");
        // the second member joined last: their one unit is the one missing
        assertThat(fulfilments.orderStatus(shipped.orderOf(shipped.members().get(1)))).isEqualTo("VOIDED");
        assertThat(fulfilments.orderStatus(shipped.orderOf(shipped.members().get(0)))).isEqualTo("READY_FOR_PICKUP");
        assertThat(mvc.get().uri("/orders/{id}", shipped.orderOf(shipped.members().get(1)))
                .with(accounts.as(shipped.members().get(1))).header("Accept-Language", "zh-CN")).hasStatusOk()
                .bodyText().contains("缺货 1，不收费", "到货缺货，不收费");
    }

    @Test
    void negativeAboveShippedOrNonsenseReceivedQuantitiesAndASecondSignatureAreRefused() {
        var shipped = fulfilments.shipped(2);
        var sign = "/leader/deliveries/" + shipped.deliveryId() + "/sign";
        var field = "received[" + lineOf(shipped.deliveryId()) + "]";
        var leader = accounts.as(shipped.leader().leader());

        for (var bad : new String[] {"-1", "3", "abc", "99999999999", "1.5", " "}) {
            assertThat(mvc.post().uri(sign).with(leader).with(csrf()).param(field, bad).header("Accept-Language", "zh-CN"))
                    .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                    .contains("配送柑橘 的实收数量必须是 0 到 2 之间的整数。");
        }
        assertThat(mvc.post().uri(sign).with(leader).with(csrf()).param(field, "1\u0000"))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(deliveryStatus(shipped.deliveryId())).isEqualTo("SHIPPED");
        assertThat(mvc.post().uri(sign).with(leader).with(csrf()).param("received[1]", "1")
                .header("Accept-Language", "en")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                .contains("This delivery has no such line.");

        assertThat(mvc.post().uri(sign).with(leader).with(csrf()).param(field, "2")).hasStatus(HttpStatus.FOUND);
        assertThat(mvc.post().uri(sign).with(leader).with(csrf()).param(field, "1").header("Accept-Language", "en"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                .contains("This delivery has already been signed for.");
        assertThat(count("select count(*) from order_lines where order_id = :id and short_quantity > 0",
                shipped.orderIds().get(0))).isZero();
    }

    @Test
    void leaderHandsOverByCodeAndWrongForeignAndUsedCodesAreExplained() {
        var ready = fulfilments.ready(2);
        var elsewhere = fulfilments.ready(1);
        var code = fulfilments.pickupCode(ready.orderIds().get(0));
        var foreign = fulfilments.pickupCode(elsewhere.orderIds().get(0));
        var leader = accounts.as(ready.leader().leader());

        assertThat(mvc.post().uri("/leader/pickups/verify").with(leader).with(csrf()).param("code", code)
                .header("Accept-Language", "zh-CN")).hasStatusOk().bodyText().contains("邻居1", "配送柑橘 ×2", "¥20.00",
                "交货并收款 ¥20.00");
        assertThat(mvc.post().uri("/leader/pickups/verify").with(leader).with(csrf()).param("code", foreign)
                .header("Accept-Language", "zh-CN")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                .contains("本自提点没有提货码为 " + foreign + " 的待取订单").doesNotContain("邻居1");
        assertThat(fulfilments.orderStatus(elsewhere.orderIds().get(0))).isEqualTo("READY_FOR_PICKUP");
        for (var malformed : new String[] {"", "12ab56", "1234567", "99999999999999"}) {
            assertThat(mvc.post().uri("/leader/pickups/verify").with(leader).with(csrf()).param("code", malformed)
                    .header("Accept-Language", "en")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                    .contains("A pickup code is six digits.");
        }
        assertThat(mvc.post().uri("/leader/pickups/verify").with(leader).with(csrf()).param("code", "12345\u0000"))
                .hasStatus(HttpStatus.BAD_REQUEST);

        assertThat(mvc.post().uri("/leader/pickups/hand-over").with(leader).with(csrf()).param("code", code))
                .hasStatus(HttpStatus.FOUND).flash().containsEntry("handedOverTo", "邻居1");
        assertThat(jdbc.sql("select status || ':' || payment_status from orders where id = :id")
                .param("id", ready.orderIds().get(0)).query(String.class).single()).isEqualTo("PICKED_UP:PAID");
        assertThat(mvc.post().uri("/leader/pickups/hand-over").with(leader).with(csrf()).param("code", code)
                .header("Accept-Language", "zh-CN")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                .contains("提货码 " + code + " 的订单已是「已提货」，不能再次核销。");
    }

    @Test
    void aMemberSeesTheirOwnCodeAndItsQrCodeButNobodyElses() {
        var ready = fulfilments.ready(1, 1);
        var mine = ready.orderIds().get(0);
        var owner = accounts.as(ready.members().get(0));
        var neighbour = accounts.as(ready.members().get(1));

        assertThat(mvc.get().uri("/orders/{id}", mine).with(owner)).hasStatusOk().bodyText()
                .contains(fulfilments.pickupCode(mine), "/orders/" + mine + "/pickup-code.png");
        assertThat(mvc.get().uri("/orders/{id}/pickup-code.png", mine).with(owner)).hasStatusOk()
                .hasContentType("image/png");
        assertThat(mvc.get().uri("/orders/{id}", mine).with(neighbour)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/orders/{id}/pickup-code.png", mine).with(neighbour)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/orders/{id}/pickup-code.png", mine).with(accounts.as(ready.leader().leader())))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aLeaderWhoTriesTenWrongCodesWaitsBeforeTheNextWhileOtherLeadersDoNot() {
        var ready = fulfilments.ready(1);
        var other = fulfilments.ready(1);
        var code = fulfilments.pickupCode(ready.orderIds().get(0));
        var leader = accounts.as(ready.leader().leader());
        var wrong = code.equals("000000") ? "000001" : "000000";

        for (int attempt = 0; attempt < 10; attempt++) {
            assertThat(mvc.post().uri("/leader/pickups/verify").with(leader).with(csrf()).param("code", wrong)
                    .header("Accept-Language", "en")).bodyText().contains("No order is waiting at your pickup point");
        }
        assertThat(mvc.post().uri("/leader/pickups/verify").with(leader).with(csrf()).param("code", code)
                .header("Accept-Language", "zh-CN")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                .contains("错误的提货码太多，请 1 分钟后再试。");
        assertThat(mvc.post().uri("/leader/pickups/hand-over").with(leader).with(csrf()).param("code", code))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(fulfilments.orderStatus(ready.orderIds().get(0))).isEqualTo("READY_FOR_PICKUP");
        assertThat(mvc.post().uri("/leader/pickups/verify").with(accounts.as(other.leader().leader())).with(csrf())
                .param("code", fulfilments.pickupCode(other.orderIds().get(0)))).hasStatusOk();

        clock.advance(Duration.ofMinutes(10));
        assertThat(mvc.post().uri("/leader/pickups/verify").with(leader).with(csrf()).param("code", code))
                .hasStatusOk();
    }

    @Test
    void pagesThatLeadersAndAdminsUseStayWithinTheirStatementBudgets() {
        var ready = fulfilments.ready(2, 1, 3);
        fulfilments.shipped(1);
        var leader = new HttpVisitor(port, "zh-CN").logIn(ready.leader().leader(), Accounts.PASSWORD);
        var date = ready.groupBuy().getPickupDate();

        // each page a fixed number of statements whatever the number of orders; the session and the
        // notification badge take four of them
        assertThat(leader.statementsFor("/leader/deliveries")).isLessThanOrEqualTo(7);
        assertThat(leader.statementsFor("/leader/pickups")).isLessThanOrEqualTo(7);
        leader.get("/leader/pickups");
        // and the leader's wrong-code bucket, in its own short transaction, five more
        assertThat(leader.statementsForPost("/leader/pickups/verify",
                Map.of("code", fulfilments.pickupCode(ready.orderIds().get(0))))).isLessThanOrEqualTo(11);
        assertThat(leader.statementsFor("/leader/pick-lists")).isLessThanOrEqualTo(7);
        assertThat(leader.statementsFor("/leader/pick-lists?date=" + date + "&by=product")).isLessThanOrEqualTo(7);
        assertThat(leader.statementsFor("/leader/pick-lists.csv?date=" + date)).isLessThanOrEqualTo(7);
        assertThat(leader.statementsFor("/leader/group-buys/" + ready.groupBuy().getId() + "/pick-list"))
                .isLessThanOrEqualTo(7);

        var admin = new HttpVisitor(port, "zh-CN").logIn("admin", LinliIntegrationTest.ADMIN_PASSWORD);
        assertThat(admin.statementsFor("/admin/purchase-orders")).isLessThanOrEqualTo(7);
        assertThat(admin.statementsFor("/admin/purchase-orders/" + ready.purchaseOrderId())).isLessThanOrEqualTo(7);
        assertThat(admin.statementsFor("/admin/purchase-orders/" + ready.purchaseOrderId() + "/pick-list.csv"))
                .isLessThanOrEqualTo(7);
    }

    private long lineOf(long deliveryId) {
        return jdbc.sql("select id from delivery_lines where delivery_id = :id").param("id", deliveryId)
                .query(Long.class).single();
    }

    private String deliveryStatus(long deliveryId) {
        return jdbc.sql("select status from deliveries where id = :id").param("id", deliveryId).query(String.class)
                .single();
    }

    private String purchaseOrderStatus(long purchaseOrderId) {
        return jdbc.sql("select status from purchase_orders where id = :id").param("id", purchaseOrderId)
                .query(String.class).single();
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }
}
