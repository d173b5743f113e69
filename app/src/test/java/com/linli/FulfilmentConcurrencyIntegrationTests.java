package com.linli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.linli.domain.fulfilment.PurchaseOrderService;
import com.linli.domain.shared.BusinessTime;

/**
 * The same request twice at once gets two clear answers and one effect; gathering into purchase
 * orders happens once per item however often and however concurrently it runs.
 */
@LinliIntegrationTest
class FulfilmentConcurrencyIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fulfilments fulfilments;

    @Autowired
    PurchaseOrderService purchaseOrders;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoSignaturesOfOneDeliveryAtOnceSignItOnce() throws Exception {
        var shipped = fulfilments.shipped(2, 1);
        var page = "/leader/deliveries";

        var answers = twice(visitor -> visitor.logIn(shipped.leader().leader(), Accounts.PASSWORD), page,
                visitor -> visitor.post(page + "/" + shipped.deliveryId() + "/sign", Map.of()));

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(302, 422);
        assertThat(answers).filteredOn(answer -> answer.statusCode() == 422).singleElement()
                .satisfies(answer -> assertThat(answer.body()).contains("此配送已签收，不能重复签收。"));
        for (var order : shipped.orderIds()) {
            assertThat(count("select count(*) from order_transitions where order_id = :id "
                    + "and to_status = 'READY_FOR_PICKUP'", order)).isEqualTo(1);
            assertThat(count("select count(*) from notifications where order_id = :id and kind = 'ORDER_READY'", order))
                    .isEqualTo(1);
        }
    }

    @Test
    void twoHandOversOfOneCodeAtOnceHandItOverOnce() throws Exception {
        var ready = fulfilments.ready(3);
        var code = fulfilments.pickupCode(ready.orderIds().get(0));

        var answers = twice(visitor -> visitor.logIn(ready.leader().leader(), Accounts.PASSWORD), "/leader/pickups",
                visitor -> visitor.post("/leader/pickups/hand-over", Map.of("code", code)));

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(302, 422);
        assertThat(answers).filteredOn(answer -> answer.statusCode() == 422).singleElement()
                .satisfies(answer -> assertThat(answer.body()).containsAnyOf("此订单已提货。", "不能再次核销"));
        assertThat(count("select count(*) from order_transitions where order_id = :id and to_status = 'PICKED_UP'",
                ready.orderIds().get(0))).isEqualTo(1);
    }

    @Test
    void twoShipmentsOfOnePurchaseOrderAtOnceShipItOnce() throws Exception {
        var closed = fulfilments.closed(1, 2);
        purchaseOrders.send(jdbc.sql("select id from users where username = 'admin'").query(Long.class).single(),
                closed.purchaseOrderId());
        var page = "/admin/purchase-orders/" + closed.purchaseOrderId();
        var arrival = LocalDateTime.now(BusinessTime.ZONE).plusHours(6).withSecond(0).withNano(0).toString();

        var answers = twice(visitor -> visitor.logIn("admin", LinliIntegrationTest.ADMIN_PASSWORD), page,
                visitor -> visitor.post(page + "/ship", Map.of("expectedArrival", arrival)));

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(302, 422);
        assertThat(answers).filteredOn(answer -> answer.statusCode() == 422).singleElement()
                .satisfies(answer -> assertThat(answer.body()).contains("采购单状态为「已发货」，无法进行此操作。"));
        assertThat(count("select count(*) from deliveries where purchase_order_id = :id", closed.purchaseOrderId()))
                .isEqualTo(1);
        assertThat(count("select count(*) from delivery_lines l join deliveries d on d.id = l.delivery_id "
                + "where d.purchase_order_id = :id", closed.purchaseOrderId())).isEqualTo(1);
    }

    @Test
    void gatheringAgainAddsNothingAndAfterACrashEightConcurrentRunsGatherEachItemOnce() throws Exception {
        var closed = fulfilments.closed(2, 3);
        long groupBuy = closed.groupBuy().getId();
        assertThat(purchaseOrders.gather(groupBuy)).isZero();
        assertThat(purchaseOrders.ungathered()).doesNotContain(groupBuy);

        // as if the node had crashed between the cutoff and the gathering
        jdbc.sql("delete from purchase_order_lines where group_buy_id = :id").param("id", groupBuy).update();
        assertThat(purchaseOrders.ungathered()).contains(groupBuy);
        var start = new CountDownLatch(1);
        var executor = Executors.newFixedThreadPool(8);
        var runs = new ArrayList<Future<Integer>>();
        for (int run = 0; run < 8; run++) {
            runs.add(executor.submit(() -> {
                start.await();
                return purchaseOrders.gather(groupBuy);
            }));
        }
        start.countDown();
        int added = 0;
        for (var run : runs) {
            added += run.get();
        }
        executor.shutdown();

        assertThat(added).isEqualTo(1);
        assertThat(jdbc.sql("select purchase_order_id || ':' || quantity from purchase_order_lines where group_buy_id = :id")
                .param("id", groupBuy).query(String.class).list()).containsExactly(closed.purchaseOrderId() + ":5");
        assertThat(purchaseOrders.ungathered()).doesNotContain(groupBuy);
    }

    /** Two visitors in two sessions, each on the page first (for its form token), then both at once. */
    private List<HttpResponse<String>> twice(Function<HttpVisitor, HttpVisitor> signIn, String page,
                                             Function<HttpVisitor, HttpResponse<String>> request) throws Exception {
        var visitors = List.of(signIn.apply(new HttpVisitor(port, "zh-CN")), signIn.apply(new HttpVisitor(port, "zh-CN")));
        visitors.forEach(visitor -> visitor.get(page));
        var start = new CountDownLatch(1);
        var executor = Executors.newFixedThreadPool(2);
        var answers = new ArrayList<Future<HttpResponse<String>>>();
        for (var visitor : visitors) {
            Callable<HttpResponse<String>> call = () -> {
                start.await();
                return request.apply(visitor);
            };
            answers.add(executor.submit(call));
        }
        start.countDown();
        var responses = new ArrayList<HttpResponse<String>>();
        for (var answer : answers) {
            responses.add(answer.get());
        }
        executor.shutdown();
        return responses;
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }
}
