package com.linli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.linli.domain.community.Community;
import com.linli.domain.community.CommunityService;
import com.linli.domain.groupbuy.GroupBuy;
import com.linli.domain.groupbuy.GroupBuyDetails;
import com.linli.domain.groupbuy.GroupBuyService;
import com.linli.domain.idempotency.IdempotencyService;
import com.linli.domain.shared.BusinessTime;

/**
 * Issue 10: placing, changing and cancelling are safe to retry with an Idempotency-Key: the same
 * request again gets the first answer without the work being done again, also when both arrive at
 * once; the same key with another request is refused; keys are the caller's and last a day.
 */
@LinliIntegrationTest
class ApiIdempotencyIntegrationTests {

    @Autowired
    Platform platform;

    @Autowired
    GroupBuyService groupBuys;

    @Autowired
    IdempotencyService idempotency;

    @Autowired
    CommunityService communities;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private record Shop(GroupBuy groupBuy, long itemId, String member, ApiClient api) {

        Map<String, Object> order(int quantity) {
            return Map.of("groupBuyId", groupBuy.getId(), "lines", List.of(Map.of("itemId", itemId, "quantity", quantity)));
        }

        Map<String, Object> lines(int quantity) {
            return Map.of("lines", List.of(Map.of("itemId", itemId, "quantity", quantity)));
        }
    }

    /** A member of a community with an open group-buy of one item of stock 10, closing in three days. */
    private Shop shop() {
        var leader = platform.leader();
        var closesAt = clock.instant().plus(Duration.ofDays(3));
        var draft = groupBuys.draft(leader.leaderId(), new GroupBuyDetails("重试团", "", closesAt,
                closesAt.atZone(BusinessTime.ZONE).toLocalDate().plusDays(1)),
                List.of(Platform.item(platform.product("鸡蛋"), 1200, 1, 10, null)));
        var groupBuy = groupBuys.publish(leader.leaderId(), draft.getId());
        var member = platform.member(leader.community(), "重试");
        return new Shop(groupBuy, groupBuy.getItems().get(0).getId(), member, new ApiClient(port).as(member));
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private int sold(long itemId) {
        return jdbc.sql("select sold from group_buy_items where id = :id").param("id", itemId).query(Integer.class).single();
    }

    private int ordersOf(String member) {
        return jdbc.sql("select count(*) from orders where member_id = :member").param("member", platform.id(member))
                .query(Integer.class).single();
    }

    @Test
    void anOrderSentAgainWithItsKeyGetsTheFirstAnswerAndIsPlacedOnce() {
        var shop = shop();
        var key = key();

        var first = shop.api().post("/api/v1/orders", shop.order(2), key);
        var again = shop.api().post("/api/v1/orders", shop.order(2), key);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(ordersOf(shop.member())).isOne();
        assertThat(sold(shop.itemId())).isEqualTo(2);
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedAndDoesNothing() {
        var shop = shop();
        var key = key();
        var placed = shop.api().post("/api/v1/orders", shop.order(2), key);

        var otherBody = shop.api().in("zh-CN").post("/api/v1/orders", shop.order(3), key);
        var otherCall = shop.api().put("/api/v1/orders/" + placed.id() + "/lines", shop.lines(2), key);

        ApiErrorsIntegrationTests.assertProblem(otherBody, 422, "idempotency-key-reused");
        assertThat(otherBody.json().path("detail").asString()).contains("Idempotency-Key", "新的键");
        ApiErrorsIntegrationTests.assertProblem(otherCall, 422, "idempotency-key-reused");
        assertThat(sold(shop.itemId())).isEqualTo(2);
    }

    @Test
    void duplicatesSentAtOnceWithOneKeyPlaceOneOrderAndAllGetItsAnswer() {
        var shop = shop();
        var key = key();

        var answers = AtOnce.send(8, i -> shop.api().post("/api/v1/orders", shop.order(1), key));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.body()).isEqualTo(201);
            assertThat(answer.body()).isEqualTo(answers.get(0).body());
        });
        assertThat(answers.stream().filter(answer -> answer.header("Idempotent-Replayed") == null)).hasSize(1);
        assertThat(ordersOf(shop.member())).isOne();
        assertThat(sold(shop.itemId())).isOne();
    }

    @Test
    void theSameOrderTwiceAtOnceWithoutAKeyGetsTwoClearAnswers() {
        var shop = shop();

        var answers = AtOnce.send(2, i -> shop.api().post("/api/v1/orders", shop.order(1)));

        assertThat(answers).extracting(ApiClient.Answer::status).containsExactlyInAnyOrder(201, 409);
        assertThat(answers).filteredOn(answer -> answer.status() == 409)
                .allSatisfy(answer -> assertThat(answer.json().path("code").asString()).isEqualTo("order.already-ordered"));
        assertThat(sold(shop.itemId())).isOne();
    }

    @Test
    void aChangeAndACancelSentAgainWithTheirKeysAreDoneOnce() {
        var shop = shop();
        var orderId = shop.api().post("/api/v1/orders", shop.order(1)).id();
        var changeKey = key();
        var cancelKey = key();

        var changed = shop.api().put("/api/v1/orders/" + orderId + "/lines", shop.lines(4), changeKey);
        var changedAgain = shop.api().put("/api/v1/orders/" + orderId + "/lines", shop.lines(4), changeKey);
        assertThat(changedAgain.status()).isEqualTo(200);
        assertThat(changedAgain.body()).isEqualTo(changed.body());
        assertThat(sold(shop.itemId())).isEqualTo(4);

        var cancelled = shop.api().post("/api/v1/orders/" + orderId + "/cancel", null, cancelKey);
        var cancelledAgain = shop.api().post("/api/v1/orders/" + orderId + "/cancel", null, cancelKey);
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelledAgain.status()).as("a retry of a cancel that worked is no conflict").isEqualTo(200);
        assertThat(cancelledAgain.body()).isEqualTo(cancelled.body());
        assertThat(sold(shop.itemId())).isZero();
        assertThat(shop.api().post("/api/v1/orders/" + orderId + "/cancel", null).status())
                .as("without the key it is a new request").isEqualTo(409);
    }

    @Test
    void keysAreTheCallersOwnSoTwoMembersMayPickTheSameOne() {
        var shop = shop();
        var neighbour = platform.member(communityOf(shop), "邻居");
        var key = "order-1";

        assertThat(shop.api().post("/api/v1/orders", shop.order(1), key).status()).isEqualTo(201);
        assertThat(new ApiClient(port).as(neighbour).post("/api/v1/orders", shop.order(1), key).status()).isEqualTo(201);

        assertThat(sold(shop.itemId())).isEqualTo(2);
    }

    @Test
    void aRefusedRequestKeepsNothingSoAskingAgainWithItsKeyAsksAnew() {
        var shop = shop();
        var neighbour = new ApiClient(port).as(platform.member(communityOf(shop), "邻居"));
        var neighbours = neighbour.post("/api/v1/orders", shop.order(9)).id();
        var key = key();

        var soldOut = shop.api().post("/api/v1/orders", shop.order(2), key);
        assertThat(soldOut.status()).isEqualTo(409);
        neighbour.post("/api/v1/orders/" + neighbours + "/cancel", null);
        var placed = shop.api().post("/api/v1/orders", shop.order(2), key);

        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        assertThat(placed.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void aKeyHoldsForADayAndIsForgottenAfter() {
        var shop = shop();
        var orderId = shop.api().post("/api/v1/orders", shop.order(1)).id();
        var key = key();
        assertThat(shop.api().put("/api/v1/orders/" + orderId + "/lines", shop.lines(2), key).status()).isEqualTo(200);

        clock.advance(Duration.ofHours(23));
        var api = shop.api().as(shop.member());
        assertThat(api.put("/api/v1/orders/" + orderId + "/lines", shop.lines(3), key).status())
                .as("within the day the key names the first change").isEqualTo(422);

        clock.advance(Duration.ofHours(2));
        api = api.as(shop.member());
        var later = api.put("/api/v1/orders/" + orderId + "/lines", shop.lines(3), key);
        assertThat(later.status()).as(later.body()).isEqualTo(200);
        assertThat(later.header("Idempotent-Replayed")).isNull();
        assertThat(sold(shop.itemId())).isEqualTo(3);

        clock.advance(Duration.ofHours(25));
        while (idempotency.forgetExpired(1_000) > 0) {
            // every batch of expired keys
        }
        assertThat(jdbc.sql("select count(*) from idempotent_requests where idempotency_key = :key").param("key", key)
                .query(Integer.class).single()).isZero();
    }

    private Community communityOf(Shop shop) {
        return communities.community(shop.groupBuy().getCommunityId());
    }
}
