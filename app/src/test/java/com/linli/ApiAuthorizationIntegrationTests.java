package com.linli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 10: who may call what, over every call of the API. Member A (of community X), member B (of
 * community Y), leader X, leader Y, the admin and an anonymous caller; A's order, X's group-buys and
 * a pickup code at X's point. Someone else's order is not found, never forbidden; a wrong role is
 * forbidden; no token is unauthorized.
 */
@LinliIntegrationTest
class ApiAuthorizationIntegrationTests {

    @Autowired
    Platform platform;

    @Autowired
    Fulfilments fulfilments;

    @LocalServerPort
    int port;

    private final List<String> mismatches = new ArrayList<>();

    @Test
    void everyCallAnswersEachCallerAsTheirRoleAndTheirCommunityAllow() {
        var ready = fulfilments.ready(1, 1);
        var x = ready.leader();
        var y = platform.leader();
        var open = platform.open(x, Platform.item(platform.product("矩阵苹果"), 1000, 1, 100, null));
        var item = open.getItems().get(0).getId();
        var memberA = ready.members().get(0);
        var callers = new LinkedHashMap<String, ApiClient>();
        callers.put("member A", new ApiClient(port).as(memberA));
        callers.put("member B", new ApiClient(port).as(platform.member(y.community(), "乙")));
        callers.put("leader X", new ApiClient(port).as(x.leader()));
        callers.put("leader Y", new ApiClient(port).as(y.leader()));
        callers.put("admin", new ApiClient(port).as("admin", LinliIntegrationTest.ADMIN_PASSWORD));
        callers.put("anonymous", new ApiClient(port));
        var order = Map.of("groupBuyId", open.getId(), "lines", List.of(Map.of("itemId", item, "quantity", 1)));
        var orderOfA = callers.get("member A").post("/api/v1/orders", order).id();
        var lines = Map.of("lines", List.of(Map.of("itemId", item, "quantity", 2)));
        var code = fulfilments.pickupCode(ready.orderOf(memberA));
        var elsewhere = platform.leader().community().getId();

        // public: a token sent along changes nothing (an empty sign-up is refused before it counts against the address)
        expect("POST /auth/register", callers, api -> api.post("/api/v1/auth/register", Map.of()),
                400, 400, 400, 400, 400, 400);
        expect("POST /auth/token", callers, api -> api.post("/api/v1/auth/token",
                Map.of("username", memberA, "password", Accounts.PASSWORD)), 200, 200, 200, 200, 200, 200);
        expect("GET /communities", callers, api -> api.get("/api/v1/communities"),
                200, 200, 200, 200, 200, 200);
        expect("GET /communities/{X}/group-buys", callers,
                api -> api.get("/api/v1/communities/" + x.community().getId() + "/group-buys"),
                200, 403, 200, 403, 403, 401);
        expect("GET /group-buys/{X's}", callers, api -> api.get("/api/v1/group-buys/" + open.getId()),
                200, 403, 200, 403, 403, 401);
        expect("POST /orders into X's group-buy", callers, api -> api.post("/api/v1/orders", order),
                409, 404, 201, 404, 404, 401);
        expect("GET /orders", callers, api -> api.get("/api/v1/orders"),
                200, 200, 200, 200, 200, 401);
        expect("GET /orders/{A's}", callers, api -> api.get("/api/v1/orders/" + orderOfA),
                200, 404, 404, 404, 404, 401);
        expect("PUT /orders/{A's}/lines", callers, api -> api.put("/api/v1/orders/" + orderOfA + "/lines", lines),
                200, 404, 404, 404, 404, 401);
        expect("GET /leader/group-buys/{X's}/orders", callers,
                api -> api.get("/api/v1/leader/group-buys/" + open.getId() + "/orders"),
                403, 403, 200, 404, 403, 401);
        expect("POST /communities/{Z}/join", callers, api -> api.post("/api/v1/communities/" + elsewhere + "/join", null),
                200, 200, 200, 200, 200, 401);
        // the one who may do it last, so that the others meet the order and the code as they were
        expectInOrder("POST /orders/{A's}/cancel", callers, List.of("member B", "leader X", "leader Y", "admin",
                "anonymous", "member A"), api -> api.post("/api/v1/orders/" + orderOfA + "/cancel", null),
                404, 404, 404, 404, 401, 200);
        expectInOrder("POST /leader/pickups (a code of X's point)", callers, List.of("member A", "member B", "leader Y",
                "admin", "anonymous", "leader X"), api -> api.post("/api/v1/leader/pickups", Map.of("pickupCode", code)),
                403, 403, 404, 403, 401, 200);

        assertThat(mismatches).isEmpty();
        assertThat(callers.get("member A").get("/api/v1/orders").json().path("items").valueStream()
                .map(listed -> listed.path("id").asLong())).as("A's list holds A's orders only")
                .containsExactlyInAnyOrder(orderOfA, ready.orderOf(memberA));
        assertThat(callers.get("leader X").get("/api/v1/leader/group-buys/" + open.getId() + "/orders").json()
                .path("items").valueStream().map(entry -> entry.path("phone").asString()))
                .as("the leader sees their members' phones").allMatch(phone -> phone.startsWith("1"));
    }

    private void expect(String call, Map<String, ApiClient> callers, Function<ApiClient, ApiClient.Answer> request,
                        int... statuses) {
        expectInOrder(call, callers, List.copyOf(callers.keySet()), request, statuses);
    }

    private void expectInOrder(String call, Map<String, ApiClient> callers, List<String> order,
                               Function<ApiClient, ApiClient.Answer> request, int... statuses) {
        for (int i = 0; i < order.size(); i++) {
            var answer = request.apply(callers.get(order.get(i)));
            if (answer.status() != statuses[i] || !answer.contentType().startsWith("application/")) {
                mismatches.add(call + " by " + order.get(i) + ": expected " + statuses[i] + ", got " + answer);
            }
        }
    }
}
