package com.linli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.linli.domain.community.Community;
import com.linli.domain.groupbuy.GroupBuy;
import com.linli.web.ratelimit.RateLimit;
import com.linli.web.ratelimit.RateLimiter;

/**
 * Issue 10: every kind of problem the API answers with, each an application/problem+json document of a
 * stable type with title and detail in the caller's language, never a 500, and nothing changed.
 */
@LinliIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ApiErrorsIntegrationTests {

    private static final AtomicInteger addresses = new AtomicInteger();

    @Autowired
    Platform platform;

    @Autowired
    Accounts accounts;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RateLimiter limits;

    @LocalServerPort
    int port;

    /** A member of a new community with an open group-buy of one item: stock 3, at most 2 per member. */
    /** itemId: stock 3, at most 2 per member; unlimitedId: neither. */
    private record Shop(Community community, GroupBuy groupBuy, long itemId, long unlimitedId, String member,
                        ApiClient api) {
    }

    private Shop shop() {
        var leader = platform.leader();
        var groupBuy = platform.open(leader, Platform.item(platform.product("草莓"), 2990, 1, 3, 2),
                Platform.item(platform.product("大米"), 2990, 1, null, null));
        var member = platform.member(leader.community(), "买家");
        return new Shop(leader.community(), groupBuy, groupBuy.getItems().get(0).getId(),
                groupBuy.getItems().get(1).getId(), member, new ApiClient(port).as(member));
    }

    private static Map<String, Object> order(long groupBuyId, long itemId, Object quantity) {
        return Map.of("groupBuyId", groupBuyId, "lines", List.of(Map.of("itemId", itemId, "quantity", quantity)));
    }

    static void assertProblem(ApiClient.Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(answer.problem()).isEqualTo(type);
        assertThat(answer.json().path("title").asString()).isNotBlank();
        assertThat(answer.json().path("detail").asString()).isNotBlank();
        assertThat(answer.json().path("status").asInt()).isEqualTo(status);
    }

    private int ordersOf(String member) {
        return jdbc.sql("select count(*) from orders where member_id = :member").param("member", platform.id(member))
                .query(Integer.class).single();
    }

    // 400: the request cannot be read

    @Test
    void bodiesThatAreNotJsonOrNotOfTheDocumentedShapeAreMalformedAndSayWhy() {
        var shop = shop();
        var api = shop.api();
        long groupBuy = shop.groupBuy().getId();

        var broken = api.post("/api/v1/orders", "{\"groupBuyId\": " + groupBuy + ", \"lines\": [");
        assertProblem(broken, 400, "malformed");
        assertThat(broken.json().path("detail").asString()).isEqualTo("The body is not valid JSON.");

        var unknown = api.post("/api/v1/orders", Map.of("groupBuyId", groupBuy, "coupon", "FREE",
                "lines", List.of(Map.of("itemId", shop.itemId(), "quantity", 1))));
        assertProblem(unknown, 400, "malformed");
        assertThat(unknown.json().path("detail").asString()).isEqualTo("The field coupon is not one this call takes.");

        var twice = api.post("/api/v1/orders", "{\"groupBuyId\": " + groupBuy + ", \"groupBuyId\": 1, \"lines\": []}");
        assertProblem(twice, 400, "malformed");
        assertProblem(api.post("/api/v1/orders", "{\"groupBuyId\": " + groupBuy + "} {}"), 400, "malformed");
        assertProblem(api.post("/api/v1/orders", "[1, 2]"), 400, "malformed");

        var empty = api.in("zh-CN").post("/api/v1/orders", "");
        assertProblem(empty, 400, "malformed");
        assertThat(empty.json().path("detail").asString()).isEqualTo("这个接口需要 JSON 请求体。");

        var text = api.send("POST", "/api/v1/orders", "groupBuyId=" + groupBuy, Map.of("Content-Type", "text/plain"));
        assertProblem(text, 400, "malformed");
        assertThat(text.json().path("detail").asString()).contains("application/json");
        var form = api.send("POST", "/api/v1/orders", "groupBuyId=" + groupBuy,
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertProblem(form, 400, "malformed");

        assertThat(ordersOf(shop.member())).isZero();
    }

    @Test
    void numbersOutOfTheirRangeOrOfTheWrongKindAreMalformedNamingTheField() {
        var shop = shop();
        long groupBuy = shop.groupBuy().getId();

        for (var absurd : List.<Object>of("99999999999", "1e400", "1.5", "\"2\"", "-99999999999999999999", "true",
                "null", "[]")) {
            var answer = shop.api().post("/api/v1/orders", "{\"groupBuyId\": " + groupBuy + ", \"lines\": [{\"itemId\": "
                    + shop.itemId() + ", \"quantity\": " + absurd + "}]}");
            if (absurd.equals("null")) {
                assertProblem(answer, 400, "validation");
                assertThat(answer.json().path("errors").path(0).path("field").asString()).isEqualTo("lines[0].quantity");
                continue;
            }
            assertProblem(answer, 400, "malformed");
            assertThat(answer.json().path("detail").asString()).as(absurd.toString()).contains("lines[0].quantity");
        }
        var hugeId = shop.api().post("/api/v1/orders", "{\"groupBuyId\": 123456789012345678901234567890, \"lines\": []}");
        assertProblem(hugeId, 400, "malformed");
        assertThat(hugeId.json().path("detail").asString()).contains("groupBuyId");

        assertThat(ordersOf(shop.member())).isZero();
    }

    @Test
    void oversizedBodiesAreRefusedBeforeTheyAreRead() throws Exception {
        var shop = shop();
        var padding = "x".repeat(20_000);
        var declared = shop.api().post("/api/v1/orders", "{\"groupBuyId\": 1, \"note\": \"" + padding + "\"}");
        assertProblem(declared, 400, "malformed");
        assertThat(declared.json().path("detail").asString()).isEqualTo("The body is larger than 16 KB.");

        // no Content-Length: sent in chunks, refused once 16 KB are read
        var body = ("{\"groupBuyId\": 1, \"note\": \"" + padding + "\"}").getBytes(StandardCharsets.UTF_8);
        var chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/orders"))
                .header("Authorization", "Bearer " + shop.api().token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(400);
        assertThat(chunked.body()).contains("urn:linli:problem:malformed", "16 KB");
    }

    // 400: fields break their rules

    @Test
    void fieldsThatBreakTheirRulesAreListedWithMessagesInTheCallersLanguage() {
        var shop = shop();
        long groupBuy = shop.groupBuy().getId();

        var tooMany = shop.api().post("/api/v1/orders", order(groupBuy, shop.itemId(), 10_001));
        assertProblem(tooMany, 400, "validation");
        assertThat(tooMany.json().path("errors").path(0).path("field").asString()).isEqualTo("lines[0].quantity");
        assertThat(tooMany.json().path("errors").path(0).path("message").asString())
                .isEqualTo("Enter a quantity from 0 to 10000.");

        var missing = shop.api().in("zh-CN").post("/api/v1/orders", Map.of("lines", List.of()));
        assertProblem(missing, 400, "validation");
        assertThat(missing.json().path("title").asString()).isEqualTo("请求无效");
        assertThat(missing.json().path("errors").valueStream().map(error -> error.path("field").asString() + ": "
                + error.path("message").asString()))
                .containsExactlyInAnyOrder("groupBuyId: 请填写此项。", "lines: 请提供 1 到 50 行。");

        var twice = shop.api().post("/api/v1/orders", Map.of("groupBuyId", groupBuy, "lines",
                List.of(Map.of("itemId", shop.itemId(), "quantity", 1), Map.of("itemId", shop.itemId(), "quantity", 2))));
        assertProblem(twice, 400, "validation");
        assertThat(twice.json().path("errors").path(0).path("message").asString()).isEqualTo("Name each item once.");

        // the business rules about what an order says: above the configured maximum, nothing, an item of another
        var aboveMaximum = shop.api().post("/api/v1/orders", order(groupBuy, shop.unlimitedId(), 1000));
        assertProblem(aboveMaximum, 400, "validation");
        assertThat(aboveMaximum.json().path("code").asString()).isEqualTo("order.quantity-too-large");
        assertProblem(shop.api().post("/api/v1/orders", order(groupBuy, shop.itemId(), 0)), 400, "validation");
        var otherItem = shop.api().post("/api/v1/orders", order(groupBuy, Long.MAX_VALUE, 1));
        assertProblem(otherItem, 400, "validation");
        assertThat(otherItem.json().path("errors").path(0).path("field").asString()).isEqualTo("lines");
        assertThat(ordersOf(shop.member())).isZero();
    }

    @Test
    void controlCharactersInTextsAreRefusedAndNothingIsCreated() {
        var api = new ApiClient(port).in("zh-CN");
        var username = "ctl_" + addresses.incrementAndGet();

        var refused = api.post("/api/v1/auth/register", Map.of("username", username, "displayName", "邻\u0000居",
                "phone", "13700000000", "password", Accounts.PASSWORD));

        assertProblem(refused, 400, "validation");
        assertThat(refused.json().path("errors").path(0).path("field").asString()).isEqualTo("displayName");
        assertThat(refused.json().path("errors").path(0).path("message").asString()).contains("控制字符");
        assertThat(jdbc.sql("select count(*) from users where username = :name").param("name", username)
                .query(Integer.class).single()).isZero();
        assertProblem(api.get("/api/v1/communities?city=%E6%88%90%01"), 400, "validation");
        var pickup = new ApiClient(port).as(platform.leader().leader()).post("/api/v1/leader/pickups",
                Map.of("pickupCode", "12\u00003456"));
        assertProblem(pickup, 400, "validation");
    }

    @Test
    void pagingOutOfRangeIsRefusedNotQuietlyCorrected() {
        var api = shop().api();

        var tooLarge = api.get("/api/v1/orders?size=101");
        assertProblem(tooLarge, 400, "validation");
        assertThat(tooLarge.json().path("errors").path(0).path("field").asString()).isEqualTo("size");
        assertThat(tooLarge.json().path("errors").path(0).path("message").asString())
                .isEqualTo("Enter a page size from 1 to 100.");
        assertProblem(api.get("/api/v1/orders?page=-1"), 400, "validation");
        assertProblem(api.get("/api/v1/orders?page=2147483648"), 400, "validation");
        assertProblem(api.get("/api/v1/orders?page=abc"), 400, "validation");
        assertProblem(api.get("/api/v1/orders?size=0"), 400, "validation");
        assertThat(api.get("/api/v1/orders?page=10000&size=100").status()).isEqualTo(200);
        assertProblem(new ApiClient(port).get("/api/v1/communities?size=1000"), 400, "validation");
    }

    @Test
    void anIdempotencyKeyThatIsNoKeyIsRefused() {
        var shop = shop();
        for (var key : List.of("x".repeat(101), "two words", "")) {
            var answer = shop.api().send("POST", "/api/v1/orders", order(shop.groupBuy().getId(), shop.itemId(), 1),
                    Map.of("Idempotency-Key", key));
            assertProblem(answer, 400, "validation");
            assertThat(answer.json().path("errors").path(0).path("field").asString()).isEqualTo("Idempotency-Key");
        }
        assertThat(ordersOf(shop.member())).isZero();
    }

    // 401, 403, 404, 405, 406

    @Test
    void callsWithoutAValidTokenAreUnauthorizedAndToldHowToGetOne() {
        var shop = shop();
        var anonymous = new ApiClient(port);

        var none = anonymous.get("/api/v1/orders");
        assertProblem(none, 401, "unauthorized");
        assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(none.json().path("detail").asString()).contains("POST /api/v1/auth/token");

        var garbage = anonymous.withToken("not-a-token").get("/api/v1/orders");
        assertProblem(garbage, 401, "unauthorized");
        assertThat(garbage.header("WWW-Authenticate")).contains("invalid_token");

        var forged = anonymous.withToken(signedWithAnotherKey(platform.id(shop.member()))).get("/api/v1/orders");
        assertProblem(forged, 401, "unauthorized");

        var tampered = shop.api().token().substring(0, shop.api().token().length() - 2) + "xx";
        assertProblem(anonymous.withToken(tampered).get("/api/v1/orders"), 401, "unauthorized");

        clock.advance(Duration.ofHours(1).plusMinutes(2));
        var expired = shop.api().in("zh-CN").get("/api/v1/orders");
        assertProblem(expired, 401, "unauthorized");
        assertThat(expired.json().path("detail").asString()).contains("已过期");
    }

    private static String signedWithAnotherKey(long userId) {
        var key = new SecretKeySpec("another-key-another-key-another-key!".getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        var now = java.time.Instant.now();
        return NimbusJwtEncoder.withSecretKey(key).algorithm(MacAlgorithm.HS256).build().encode(JwtEncoderParameters.from(
                JwsHeader.with(MacAlgorithm.HS256).build(), JwtClaimsSet.builder().issuer("linli")
                        .subject(String.valueOf(userId)).issuedAt(now).expiresAt(now.plusSeconds(600))
                        .claim("username", "x").claim("name", "x").claim("roles", List.of("MEMBER", "ADMIN")).build()))
                .getTokenValue();
    }

    @Test
    void aWrongPasswordAtTheTokenEndpointIsOneUnauthorizedAnswerForAnyAccount() {
        var member = accounts.newMember("密码错");
        var api = new ApiClient(port);

        var wrong = api.post("/api/v1/auth/token", Map.of("username", member, "password", "wrong-password"));
        assertProblem(wrong, 401, "unauthorized");
        assertThat(wrong.json().path("detail").asString()).isEqualTo("Wrong username or password.");
        var nobody = api.post("/api/v1/auth/token", Map.of("username", "nobody_at_all", "password", "wrong-password"));
        assertThat(nobody.body()).isEqualTo(wrong.body());
        var overlong = api.post("/api/v1/auth/token", Map.of("username", member, "password", "长".repeat(60)));
        assertProblem(overlong, 401, "unauthorized");
    }

    @Test
    void theWrongRoleIsForbiddenAndSomeoneElsesThingsAreNotFound() {
        var shop = shop();
        var stranger = new ApiClient(port).as(accounts.newMember("路人"));

        var notLeader = shop.api().in("zh-CN").post("/api/v1/leader/pickups", Map.of("pickupCode", "123456"));
        assertProblem(notLeader, 403, "forbidden");
        assertThat(notLeader.json().path("title").asString()).isEqualTo("无权操作");

        var notMember = stranger.get("/api/v1/group-buys/" + shop.groupBuy().getId());
        assertProblem(notMember, 403, "forbidden");
        assertThat(notMember.json().path("code").asString()).isEqualTo("community.not-a-member");

        var placed = shop.api().post("/api/v1/orders", order(shop.groupBuy().getId(), shop.itemId(), 1));
        for (var path : List.of("/api/v1/orders/" + placed.id(), "/api/v1/orders/999999999",
                "/api/v1/orders/abc", "/api/v1/orders/99999999999999999999999", "/api/v1/group-buys/999999999",
                "/api/v1/no-such-call")) {
            assertProblem(stranger.get(path), 404, "not-found");
        }
        assertProblem(stranger.post("/api/v1/orders", order(999_999_999L, 1, 1)), 404, "not-found");
    }

    @Test
    void aWrongMethodOrAnAnswerTheClientCannotReadIsAProblemToo() {
        var api = shop().api();

        var delete = api.send("DELETE", "/api/v1/orders", null, Map.of());
        assertProblem(delete, 405, "method-not-allowed");
        assertThat(delete.header("Allow")).contains("GET", "POST");
        var xml = api.send("GET", "/api/v1/orders", null, Map.of("Accept", "application/xml"));
        assertThat(xml.status()).isEqualTo(406);
        assertThat(xml.body()).contains("urn:linli:problem:not-acceptable");
    }

    // 409: the order cannot be as asked

    /** A crowd's double taps are answers: the database's refusal behind them is not a warning in the log each time. */
    @Test
    void aSecondOrderInTheGroupBuyIsRefusedWithoutAWordInTheLog(CapturedOutput log) {
        var shop = shop();
        long groupBuy = shop.groupBuy().getId();
        assertThat(shop.api().post("/api/v1/orders", order(groupBuy, shop.itemId(), 1)).status()).isEqualTo(201);

        var again = shop.api().post("/api/v1/orders", order(groupBuy, shop.itemId(), 1));

        assertProblem(again, 409, "state-conflict");
        assertThat(log.getAll()).doesNotContain("already exists").doesNotContain("23505");
    }

    @Test
    void soldOutLimitExceededCutoffPassedAndStateConflictsAreConflictsOfTheirOwnType() {
        var shop = shop();
        long groupBuy = shop.groupBuy().getId();
        var other = platform.member(shop.community(), "邻居");
        var otherApi = new ApiClient(port).as(other);

        var limit = shop.api().in("zh-CN").post("/api/v1/orders", order(groupBuy, shop.itemId(), 3));
        assertProblem(limit, 409, "limit-exceeded");
        assertThat(limit.json().path("detail").asString()).isEqualTo("草莓 每人限购 2。");

        assertThat(shop.api().post("/api/v1/orders", order(groupBuy, shop.itemId(), 2)).status()).isEqualTo(201);
        var soldOut = otherApi.post("/api/v1/orders", order(groupBuy, shop.itemId(), 2));
        assertProblem(soldOut, 409, "sold-out");
        assertThat(soldOut.json().path("detail").asString()).isEqualTo("Not enough 草莓 left for that quantity.");

        var again = shop.api().post("/api/v1/orders", order(groupBuy, shop.itemId(), 1));
        assertProblem(again, 409, "state-conflict");
        assertThat(again.json().path("code").asString()).isEqualTo("order.already-ordered");

        var orderId = shop.api().get("/api/v1/orders").json().path("items").path(0).path("id").asLong();
        assertThat(shop.api().post("/api/v1/orders/" + orderId + "/cancel", null).status()).isEqualTo(200);
        var cancelTwice = shop.api().post("/api/v1/orders/" + orderId + "/cancel", null);
        assertProblem(cancelTwice, 409, "state-conflict");
        assertThat(cancelTwice.json().path("code").asString()).isEqualTo("order.wrong-status");

        var placed = otherApi.post("/api/v1/orders", order(groupBuy, shop.itemId(), 1));
        clock.advance(Duration.ofDays(2));
        otherApi = otherApi.as(other);
        var late = otherApi.put("/api/v1/orders/" + placed.id() + "/lines", Map.of("lines",
                List.of(Map.of("itemId", shop.itemId(), "quantity", 2))));
        assertProblem(late, 409, "cutoff-passed");
        assertProblem(otherApi.post("/api/v1/orders/" + placed.id() + "/cancel", null), 409, "cutoff-passed");
    }

    // 429: too many attempts, with when to try again

    @Test
    void guessingPasswordsAtTheTokenEndpointIsThrottledPerAccountAndSaysWhenToRetry() {
        var member = accounts.newMember("被猜");
        for (int i = 0; i < limits.quota(RateLimit.LOGIN_FAILURES_PER_ACCOUNT).capacity(); i++) {
            assertThat(token(newAddress(), member, "wrong-password")).hasStatus(401);
        }

        var refused = token(newAddress(), member, Accounts.PASSWORD);

        assertThat(refused).hasStatus(429).headers().containsHeader("Retry-After");
        assertThat(refused).bodyJson().extractingPath("type").isEqualTo("urn:linli:problem:rate-limited");
        assertThat(refused).bodyJson().extractingPath("detail").asString().startsWith("Too many failed log-ins.");
    }

    @Test
    void guessingFromOneAddressIsThrottledForEveryAccount() {
        var address = newAddress();
        for (int i = 0; i < limits.quota(RateLimit.LOGIN_FAILURES_PER_ADDRESS).capacity(); i++) {
            assertThat(token(address, "nobody_" + addresses.incrementAndGet(), "wrong-password")).hasStatus(401);
        }

        assertThat(token(address, accounts.newMember("邻居"), Accounts.PASSWORD)).hasStatus(429);
        assertThat(token(newAddress(), accounts.newMember("别处"), Accounts.PASSWORD)).hasStatusOk();
    }

    @Test
    void accountsCreatedThroughTheApiCountAgainstTheAddressLikeThePage() {
        var address = newAddress();
        for (int i = 0; i < limits.quota(RateLimit.REGISTRATIONS_PER_ADDRESS).capacity(); i++) {
            assertThat(register(address)).hasStatus(201);
        }

        var refused = register(address);

        assertThat(refused).hasStatus(429).headers().containsHeader("Retry-After");
        assertThat(refused).bodyJson().extractingPath("type").isEqualTo("urn:linli:problem:rate-limited");
    }

    private MvcTestResult token(String address, String username, String password) {
        return mvc.post().uri("/api/v1/auth/token").with(from(address)).contentType(MediaType.APPLICATION_JSON)
                .content(ApiClient.JSON.writeValueAsString(Map.of("username", username, "password", password)))
                .header("Accept-Language", "en").exchange();
    }

    private MvcTestResult register(String address) {
        var username = "api_script_" + addresses.incrementAndGet();
        return mvc.post().uri("/api/v1/auth/register").with(from(address)).contentType(MediaType.APPLICATION_JSON)
                .content(ApiClient.JSON.writeValueAsString(Map.of("username", username, "displayName", "脚本",
                        "phone", "13800000000", "password", "secret-pass-1")))
                .exchange();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** A documentation address (RFC 5737, TEST-NET-2) of its own, so no other test shares its buckets. */
    private static String newAddress() {
        var n = addresses.incrementAndGet();
        return "198.51." + (100 + n / 250) + "." + (1 + n % 250);
    }
}
