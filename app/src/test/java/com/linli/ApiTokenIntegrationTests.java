package com.linli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import com.linli.domain.leader.ApproveApplication;
import com.linli.domain.leader.LeaderService;
import com.linli.domain.leader.SubmitApplication;

/**
 * Issue 10: the API's bearer tokens. Stateless: no session is created or read, a page's session
 * cookie counts for nothing, and a token is checked by its signature alone. It holds an hour, carries
 * the roles it was issued with, and is signed with a key every node shares.
 */
@LinliIntegrationTest
class ApiTokenIntegrationTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Platform platform;

    @Autowired
    LeaderService leaders;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void aTokenNamesTheCallerAndTheirRolesAndHoldsOneHour() {
        var member = accounts.newMember("令牌");
        var answer = new ApiClient(port).post("/api/v1/auth/token", Map.of("username", member,
                "password", Accounts.PASSWORD));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("tokenType").asString()).isEqualTo("Bearer");
        assertThat(answer.json().path("expiresIn").asLong()).isEqualTo(3600);
        assertThat(answer.header("Cache-Control")).contains("no-store");
        var claims = ApiClient.JSON.readTree(Base64.getUrlDecoder().decode(
                answer.json().path("accessToken").asString().split("\\.")[1]));
        assertThat(claims.path("sub").asLong()).isEqualTo(platform.id(member));
        assertThat(claims.path("username").asString()).isEqualTo(member);
        assertThat(claims.path("roles").valueStream().map(role -> role.asString())).containsExactly("MEMBER");
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(3600);
    }

    @Test
    void theApiCreatesNoSessionAndAPagesSessionCountsForNothingThere() {
        var member = accounts.newMember("无状态");
        var api = new ApiClient(port);
        var token = api.post("/api/v1/auth/token", Map.of("username", member, "password", Accounts.PASSWORD));
        var withToken = api.as(member);

        for (var answer : List.of(token, withToken.get("/api/v1/orders"), api.get("/api/v1/orders"),
                withToken.post("/api/v1/orders", "{"))) {
            assertThat(answer.header("Set-Cookie")).as(answer.toString()).isNull();
        }
        var signedIn = new HttpVisitor(port, "en").logIn(member, Accounts.PASSWORD);
        assertThat(signedIn.get("/orders").statusCode()).as("signed in on the pages").isEqualTo(200);
        var withCookie = signedIn.get("/api/v1/orders");
        assertThat(withCookie.statusCode()).isEqualTo(401);
        assertThat(withCookie.body()).contains("urn:linli:problem:unauthorized");
        assertThat(signedIn.statementsFor("/api/v1/orders")).as("the session is not even read").isZero();
        var withCookieAndToken = signedIn.statementsForBearer("/api/v1/orders/0", withToken.token());
        assertThat(withCookieAndToken).as("a token and a cookie: only the order is looked up").isEqualTo(1);
    }

    @Test
    void anExpiredTokenIsRefusedAndRenewedEvenWhenTheClientSendsItAlong() {
        var member = accounts.newMember("过期");
        var api = new ApiClient(port).as(member);
        assertThat(api.get("/api/v1/orders").status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(62));

        assertThat(api.get("/api/v1/orders").status()).isEqualTo(401);
        var renewed = api.post("/api/v1/auth/token", Map.of("username", member, "password", Accounts.PASSWORD));
        assertThat(renewed.status()).as(renewed.body()).isEqualTo(200);
        assertThat(api.withToken(renewed.json().path("accessToken").asString()).get("/api/v1/orders").status())
                .isEqualTo(200);
    }

    @Test
    void aRoleGrantedLaterIsInTheNextToken() {
        var member = accounts.newMember("新团长");
        var before = new ApiClient(port).as(member);
        var application = leaders.submit(new SubmitApplication(platform.id(member),
                Neighbourhoods.proposal("令牌小区", "成都")));
        leaders.approve(new ApproveApplication(application.getId(), platform.id("admin")));

        assertThat(before.get("/api/v1/leader/group-buys/1/orders").status()).isEqualTo(403);
        assertThat(before.as(member).get("/api/v1/leader/group-buys/1/orders").status())
                .as("a leader now, for whom that group-buy is not found").isEqualTo(404);
    }

    @Test
    void tokensAreSignedWithTheKeyKeptInTheDatabaseSoEveryNodeChecksThemAlike() {
        var token = new ApiClient(port).as(accounts.newMember("节点")).token();
        var keys = jdbc.sql("select secret from token_keys").query(byte[].class).list();

        assertThat(keys).hasSize(1);
        var anotherNode = NimbusJwtDecoder.withSecretKey(new SecretKeySpec(keys.get(0), "HmacSHA256"))
                .macAlgorithm(MacAlgorithm.HS256).build();
        assertThat(anotherNode.decode(token).getClaimAsString("username")).startsWith("member_t");
        assertThat(new String(keys.get(0), StandardCharsets.ISO_8859_1)).isNotBlank();
    }
}
