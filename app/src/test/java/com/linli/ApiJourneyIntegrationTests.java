package com.linli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 10: what a mini-program does for a member, and what a leader's scanner does, through the REST
 * API alone over real HTTP: sign up, token, find and join a community, its offers, order, change,
 * cancel, read; the leader's order list and pickup.
 */
@LinliIntegrationTest
class ApiJourneyIntegrationTests {

    private static final AtomicInteger names = new AtomicInteger();

    @Autowired
    Platform platform;

    @Autowired
    Fulfilments fulfilments;

    @LocalServerPort
    int port;

    @Test
    void memberSignsUpJoinsOrdersChangesCancelsAndReadsThroughTheApiAlone() {
        var leader = platform.leader();
        var city = leader.community().getCity();
        var oranges = platform.product("赣南脐橙");
        var apples = platform.product("烟台苹果");
        var groupBuy = platform.open(leader, Platform.item(oranges, 1990, 10, 100, 5),
                Platform.item(apples, 1500, 5, null, null));
        var orangeItem = groupBuy.getItems().get(0).getId();
        var appleItem = groupBuy.getItems().get(1).getId();
        var visitor = new ApiClient(port);
        var username = "api_member_" + names.incrementAndGet();

        var account = visitor.post("/api/v1/auth/register", Map.of("username", username, "displayName", "小程序用户",
                "phone", "13700001234", "password", Accounts.PASSWORD));
        assertThat(account.status()).as(account.body()).isEqualTo(201);
        assertThat(account.json().path("username").asString()).isEqualTo(username);

        var member = visitor.as(username);
        var communities = visitor.get("/api/v1/communities?city=" + java.net.URLEncoder.encode(city,
                java.nio.charset.StandardCharsets.UTF_8) + "&size=100");
        assertThat(communities.status()).isEqualTo(200);
        var listed = communities.json().path("items").valueStream()
                .filter(community -> community.path("id").asLong() == leader.community().getId()).findFirst().orElseThrow();
        assertThat(listed.path("pickupPoint").path("name").asString()).isNotBlank();

        assertThat(member.get("/api/v1/communities/" + leader.community().getId() + "/group-buys").status())
                .as("not a member yet").isEqualTo(403);
        var joined = member.post("/api/v1/communities/" + leader.community().getId() + "/join", null);
        assertThat(joined.status()).as(joined.body()).isEqualTo(200);
        assertThat(joined.json().path("communityId").asLong()).isEqualTo(leader.community().getId());

        var offers = member.get("/api/v1/communities/" + leader.community().getId() + "/group-buys?status=OPEN");
        assertThat(offers.status()).isEqualTo(200);
        assertThat(offers.json().path("totalItems").asLong()).isEqualTo(1);
        assertThat(offers.json().path("items").path(0).path("id").asLong()).isEqualTo(groupBuy.getId());

        var offer = member.get("/api/v1/group-buys/" + groupBuy.getId()).json();
        var orangeOffer = offer.path("items").path(0);
        assertThat(orangeOffer.path("price").path("fen").asLong()).isEqualTo(1990);
        assertThat(orangeOffer.path("price").path("yuan").asString()).isEqualTo("19.90");
        assertThat(orangeOffer.path("threshold").asInt()).isEqualTo(10);
        assertThat(orangeOffer.path("stockLimit").asInt()).isEqualTo(100);
        assertThat(orangeOffer.path("perMemberLimit").asInt()).isEqualTo(5);
        assertThat(orangeOffer.path("sold").asInt()).isZero();
        assertThat(orangeOffer.path("remaining").asInt()).isEqualTo(100);
        assertThat(offer.path("items").path(1).path("remaining").isNull()).as("unlimited stock").isTrue();
        assertThat(offer.path("acceptsOrders").asBoolean()).isTrue();

        var placed = member.post("/api/v1/orders", Map.of("groupBuyId", groupBuy.getId(),
                "lines", List.of(Map.of("itemId", orangeItem, "quantity", 2), Map.of("itemId", appleItem, "quantity", 1))));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        var orderId = placed.id();
        assertThat(placed.header("Location")).isEqualTo("/api/v1/orders/" + orderId);
        assertThat(placed.json().path("status").asString()).isEqualTo("PLACED");
        assertThat(placed.json().path("total").path("fen").asLong()).isEqualTo(2 * 1990 + 1500);
        assertThat(member.get("/api/v1/group-buys/" + groupBuy.getId()).json().path("items").path(0).path("sold")
                .asInt()).isEqualTo(2);

        var changed = member.put("/api/v1/orders/" + orderId + "/lines",
                Map.of("lines", List.of(Map.of("itemId", orangeItem, "quantity", 5))));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().path("lines").size()).isEqualTo(1);
        assertThat(changed.json().path("total").path("fen").asLong()).isEqualTo(5 * 1990);

        var mine = member.get("/api/v1/orders");
        assertThat(mine.json().path("totalItems").asLong()).isEqualTo(1);
        assertThat(mine.json().path("items").path(0).path("id").asLong()).isEqualTo(orderId);
        assertThat(member.get("/api/v1/orders/" + orderId).json().path("lines").path(0).path("quantity").asInt())
                .isEqualTo(5);

        var cancelled = member.post("/api/v1/orders/" + orderId + "/cancel", null);
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
        assertThat(member.get("/api/v1/orders/" + orderId).json().path("status").asString()).isEqualTo("CANCELLED");
        assertThat(member.get("/api/v1/group-buys/" + groupBuy.getId()).json().path("items").path(0).path("sold")
                .asInt()).as("the units are back in stock").isZero();
    }

    @Test
    void leaderListsTheOrdersOfTheirGroupBuyAndHandsOneOverByItsCode() {
        var ready = fulfilments.ready(2, 3);
        var leader = new ApiClient(port).as(ready.leader().leader());
        var orderId = ready.orderIds().get(0);
        var code = fulfilments.pickupCode(orderId);

        var chain = leader.get("/api/v1/leader/group-buys/" + ready.groupBuy().getId() + "/orders?size=1");
        assertThat(chain.status()).as(chain.body()).isEqualTo(200);
        assertThat(chain.json().path("totalItems").asLong()).isEqualTo(2);
        assertThat(chain.json().path("totalPages").asInt()).isEqualTo(2);
        var first = chain.json().path("items").path(0);
        assertThat(first.path("number").asInt()).isEqualTo(1);
        assertThat(first.path("name").asString()).isEqualTo("邻居1");
        assertThat(first.path("phone").asString()).startsWith("1390000");
        var second = leader.get("/api/v1/leader/group-buys/" + ready.groupBuy().getId() + "/orders?size=1&page=1")
                .json().path("items").path(0);
        assertThat(second.path("number").asInt()).as("numbered across pages").isEqualTo(2);
        assertThat(second.path("lines").path(0).path("quantity").asInt()).isEqualTo(3);

        var handedOver = leader.post("/api/v1/leader/pickups", Map.of("pickupCode", code));
        assertThat(handedOver.status()).as(handedOver.body()).isEqualTo(200);
        assertThat(handedOver.json().path("orderId").asLong()).isEqualTo(orderId);
        assertThat(handedOver.json().path("status").asString()).isEqualTo("PICKED_UP");
        assertThat(handedOver.json().path("collected").path("fen").asLong()).isEqualTo(2 * 1000);
        assertThat(fulfilments.orderStatus(orderId)).isEqualTo("PICKED_UP");

        var again = leader.post("/api/v1/leader/pickups", Map.of("pickupCode", code));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problem()).isEqualTo("state-conflict");

        var member = new ApiClient(port).as(ready.members().get(0));
        var order = member.get("/api/v1/orders/" + orderId).json();
        assertThat(order.path("status").asString()).isEqualTo("PICKED_UP");
        assertThat(order.path("paymentStatus").asString()).isEqualTo("PAID");
        assertThat(order.path("pickupCode").asString()).isEqualTo(code);
    }
}
