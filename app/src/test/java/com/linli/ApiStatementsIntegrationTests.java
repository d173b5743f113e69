package com.linli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntSupplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.linli.domain.groupbuy.GroupBuy;
import com.linli.domain.groupbuy.ItemRequest;
import com.linli.domain.groupbuy.PriceTier;
import com.linli.domain.shared.Money;

/**
 * Issue 10, fast under a crowd: what each API call costs in SQL statements, everything included
 * (checking the token costs none, and no session is read), pinned so that a slip (an N+1, a lookup
 * per request) fails here; lists cost the same whatever their length.
 */
@LinliIntegrationTest
class ApiStatementsIntegrationTests {

    @Autowired
    Platform platform;

    @Autowired
    Fulfilments fulfilments;

    @LocalServerPort
    int port;

    /** Two items, the first with two price tiers. */
    private GroupBuy open(Neighbourhoods.Led leader, String product) {
        return platform.open(leader, new ItemRequest(platform.product(product).getId(), Money.ofFen(2000), 1, 1000,
                        null, List.of(new PriceTier(10, Money.ofFen(1800)), new PriceTier(20, Money.ofFen(1600)))),
                Platform.item(platform.product(product + "二"), 1000, 1, null, null));
    }

    private static Map<String, Object> order(GroupBuy groupBuy) {
        return Map.of("groupBuyId", groupBuy.getId(), "lines", List.of(
                Map.of("itemId", groupBuy.getItems().get(0).getId(), "quantity", 1),
                Map.of("itemId", groupBuy.getItems().get(1).getId(), "quantity", 1)));
    }

    /**
     * The fewest of three measurements: ids come from sequences fifty at a time, so one insert in fifty
     * also fetches the next fifty, which is no cost of the call.
     */
    private static int fewest(IntSupplier measurement) {
        return IntStream.range(0, 3).map(i -> measurement.getAsInt()).min().orElseThrow();
    }

    private ApiClient newMember(Neighbourhoods.Led leader) {
        return new ApiClient(port).as(platform.member(leader.community(), "热"));
    }

    /**
     * Placing an order of two items: the group-buy (locked for share) with its items and their tiers,
     * the membership with the community, the inserts of the order, its lines and its first transition,
     * and one conditional update of the stock per item.
     */
    @Test
    void placingChangingAndCancellingAnOrderCostAFewStatementsEach() {
        var leader = platform.leader();
        var groupBuy = open(leader, "热卖");

        assertThat(fewest(() -> newMember(leader).statements("POST", "/api/v1/orders", order(groupBuy))))
                .isLessThanOrEqualTo(11);
        assertThat(fewest(() -> newMember(leader).statements("POST", "/api/v1/orders", order(groupBuy),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()))))
                .as("a key costs its claim and its answer").isLessThanOrEqualTo(13);
        var keyed = newMember(leader);
        var key = UUID.randomUUID().toString();
        keyed.post("/api/v1/orders", order(groupBuy), key);
        assertThat(keyed.statements("POST", "/api/v1/orders", order(groupBuy), Map.of("Idempotency-Key", key)))
                .as("a retry reads the answer and does nothing else").isLessThanOrEqualTo(2);

        var change = Map.of("lines", List.of(Map.of("itemId", groupBuy.getItems().get(0).getId(), "quantity", 3)));
        assertThat(fewest(() -> {
            var member = newMember(leader);
            var orderId = member.post("/api/v1/orders", order(groupBuy)).id();
            return member.statements("PUT", "/api/v1/orders/" + orderId + "/lines", change);
        })).isLessThanOrEqualTo(12);
        assertThat(fewest(() -> {
            var member = newMember(leader);
            var orderId = member.post("/api/v1/orders", order(groupBuy)).id();
            return member.statements("POST", "/api/v1/orders/" + orderId + "/cancel", null);
        })).isLessThanOrEqualTo(10);
    }

    @Test
    void listsCostTheSameWhateverTheirLength() {
        var leader = platform.leader();
        var few = newMember(leader);
        var many = newMember(leader);
        var first = open(leader, "读");
        few.post("/api/v1/orders", order(first));
        many.post("/api/v1/orders", order(first));
        for (int i = 0; i < 4; i++) {
            many.post("/api/v1/orders", order(open(leader, "读" + i)));
        }
        var lonely = platform.leader();
        open(lonely, "独");
        var lonelyMember = newMember(lonely);
        var leaderApi = new ApiClient(port).as(leader.leader());

        assertThat(few.statements("GET", "/api/v1/orders?size=1", null)).isLessThanOrEqualTo(3);
        assertThat(many.statements("GET", "/api/v1/orders?size=100", null)).isLessThanOrEqualTo(3);
        assertThat(lonelyMember.statements("GET", "/api/v1/communities/" + lonely.community().getId() + "/group-buys",
                null)).isLessThanOrEqualTo(5);
        assertThat(many.statements("GET", "/api/v1/communities/" + leader.community().getId() + "/group-buys", null))
                .isLessThanOrEqualTo(5);
        assertThat(new ApiClient(port).statements("GET", "/api/v1/communities?size=100", null)).isLessThanOrEqualTo(4);
        assertThat(leaderApi.statements("GET", "/api/v1/leader/group-buys/" + first.getId() + "/orders?size=1", null))
                .isLessThanOrEqualTo(7);
        assertThat(leaderApi.statements("GET", "/api/v1/leader/group-buys/" + first.getId() + "/orders", null))
                .isLessThanOrEqualTo(7);
    }

    @Test
    void readingOneThingCostsOneToThreeStatements() {
        var leader = platform.leader();
        var groupBuy = open(leader, "看");
        var member = newMember(leader);
        var orderId = member.post("/api/v1/orders", order(groupBuy)).id();

        assertThat(member.statements("GET", "/api/v1/orders/" + orderId, null)).isLessThanOrEqualTo(1);
        assertThat(member.statements("GET", "/api/v1/group-buys/" + groupBuy.getId(), null)).isLessThanOrEqualTo(3);
    }

    @Test
    void joiningSigningUpTokensAndPickupsCostAFixedNumberOfStatements() {
        var anonymous = new ApiClient(port);
        var home = platform.leader();
        var elsewhere = platform.leader().community().getId();
        var ready = fulfilments.ready(1);
        var leader = new ApiClient(port).as(ready.leader().leader());

        assertThat(fewest(() -> newMember(home).statements("POST", "/api/v1/communities/" + elsewhere + "/join", null)))
                .isLessThanOrEqualTo(4);
        // two rate-limit buckets taken and given back around the password check
        assertThat(anonymous.statements("POST", "/api/v1/auth/token", Map.of("username", ready.leader().leader(),
                "password", Accounts.PASSWORD))).isLessThanOrEqualTo(10);
        assertThat(anonymous.statements("POST", "/api/v1/auth/register", Map.of("username",
                "stmt_" + UUID.randomUUID().toString().substring(0, 8), "displayName", "数", "phone", "13700000000",
                "password", Accounts.PASSWORD))).isLessThanOrEqualTo(8);
        // the handover, its payment, and the commission the pickup earns the leader
        assertThat(leader.statements("POST", "/api/v1/leader/pickups",
                Map.of("pickupCode", fulfilments.pickupCode(ready.orderIds().get(0))))).isLessThanOrEqualTo(13);
    }
}
