package com.linli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.linli.domain.groupbuy.GroupBuy;

/**
 * Addresses and fields that cannot be read, and forms sent from an expired page: the app's own
 * pages in the layout and the user's language, over MockMvc and over real HTTP (where the
 * container's error path differs), and nothing changes.
 */
@LinliIntegrationTest
class ErrorPagesIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Platform platform;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    // type mismatches

    @Test
    void anAddressWithSomethingElseThanAnIdIsNotFound() {
        var member = accounts.newMember("乱输地址");
        for (var path : new String[] {"/orders/abc", "/group-buys/abc", "/c/x", "/communities/x"}) {
            assertThat(mvc.get().uri(path).with(accounts.as(member)).header("Accept-Language", "zh-CN"))
                    .as(path).hasStatus(HttpStatus.NOT_FOUND).bodyText().contains("页面不存在", "乱输地址");
        }
    }

    @Test
    void aParameterThatCannotBeReadGetsTheBadRequestPage() {
        assertThat(mvc.get().uri("/communities?page=abc").header("Accept-Language", "en"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("This request cannot be read", "Linli");
        assertThat(mvc.get().uri("/admin/products?status=BOGUS").with(accounts.as("admin"))
                .header("Accept-Language", "zh-CN"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("无法识别的请求");
    }

    @Test
    void quantitiesThatCannotBeReadAreExplainedOnTheOrderFormAndOrderNothing() {
        var leader = platform.leader();
        var groupBuy = platform.open(leader, Platform.item(platform.product("核桃"), 3990, 1, null, null));
        long itemId = groupBuy.getItems().get(0).getId();
        var member = platform.member(leader.community(), "手滑");

        for (var quantity : new String[] {"abc", "1.5", "99999999999"}) {
            assertThat(mvc.post().uri("/group-buys/{id}/order", groupBuy.getId()).with(accounts.as(member)).with(csrf())
                    .param("quantities[" + itemId + "]", quantity).header("Accept-Language", "zh-CN"))
                    .as(quantity).hasStatus(HttpStatus.BAD_REQUEST).bodyText()
                    .contains("核桃", "数量请填写整数，例如 2。").doesNotContain("Failed to convert");
        }
        assertThat(mvc.post().uri("/group-buys/{id}/order", groupBuy.getId()).with(accounts.as(member)).with(csrf())
                .param("quantities[abc]", "1").header("Accept-Language", "en"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("This entry cannot be read; check what you typed.");
        assertThat(sold(itemId)).isZero();
    }

    @Test
    void fieldsOfTheLeadersFormThatCannotBeReadGetFieldMessages() {
        var leader = platform.leader();
        var product = platform.product("桂圆");

        assertThat(mvc.post().uri("/leader/group-buys").with(accounts.as(leader.leader())).with(csrf())
                .param("title", "桂圆").param("closesAt", "tomorrow").param("pickupDate", "2026-13-45")
                .param("items[0].productId", "abc").param("items[1].productId", String.valueOf(product.getId()))
                .param("items[1].price", "9.90").param("items[1].threshold", "many")
                .param("items[1].stockLimit", "99999999999").header("Accept-Language", "en"))
                .hasStatusOk().bodyText()
                .contains("Enter the cutoff as a date and time.", "Enter the pickup date as a date.",
                        "Choose from the list.", "Enter how many units must be ordered to succeed (1 to 1,000,000).",
                        "Enter a whole number from 1 to 1,000,000, or leave it empty.")
                .doesNotContain("Failed to convert", "java.lang");
    }

    @Test
    void overRealHttpTheseArePagesOfTheAppNotTheContainers() {
        var leader = platform.leader();
        var groupBuy = platform.open(leader, Platform.item(platform.product("板栗"), 2590, 1, null, null));
        long itemId = groupBuy.getItems().get(0).getId();
        var member = new HttpVisitor(port, "zh-CN").logIn(platform.member(leader.community(), "真浏览器"),
                Accounts.PASSWORD);

        var notFound = member.get("/orders/abc");
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.body()).contains("页面不存在", "真浏览器", "邻里").doesNotContain("Whitelabel");

        var unreadable = member.get("/communities?page=abc");
        assertThat(unreadable.statusCode()).isEqualTo(400);
        assertThat(unreadable.body()).contains("无法识别的请求", "真浏览器").doesNotContain("Whitelabel");

        member.get("/group-buys/" + groupBuy.getId());
        var quantity = member.post("/group-buys/" + groupBuy.getId() + "/order",
                Map.of("quantities[" + itemId + "]", "1.5"));
        assertThat(quantity.statusCode()).isEqualTo(400);
        assertThat(quantity.body()).contains("数量请填写整数，例如 2。").doesNotContain("Whitelabel");

        // the container's error path: a method the address does not take
        var wrongMethod = member.get("/orders/1/cancel");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.body()).contains("无法处理此请求", "真浏览器", "邻里").doesNotContain("Whitelabel");

        var visitor = new HttpVisitor(port, "en").get("/communities/x");
        assertThat(visitor.statusCode()).isEqualTo(404);
        assertThat(visitor.body()).contains("Page not found", "Log in").doesNotContain("Whitelabel");
        assertThat(sold(itemId)).isZero();
    }

    @Test
    void indexesOutsideTheLeadersFormGetTheBadRequestPageOverRealHttp() {
        var leader = platform.leader();
        var browser = new HttpVisitor(port, "en").logIn(leader.leader(), Accounts.PASSWORD);
        browser.get("/leader/group-buys/new");

        var response = browser.post("/leader/group-buys", Map.of("title", "越界", "items[300].price", "1"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("This request cannot be read", "Linli").doesNotContain("Whitelabel");
    }

    // expired pages

    @Test
    void aFormSentFromAStalePageSaysThePageExpiredAndLeadsBackToIt() {
        var leader = platform.leader();
        GroupBuy groupBuy = platform.open(leader, Platform.item(platform.product("花生"), 1290, 1, null, null));
        long itemId = groupBuy.getItems().get(0).getId();
        var member = platform.member(leader.community(), "久未操作");

        var stale = mvc.post().uri("/group-buys/{id}/order", groupBuy.getId()).with(accounts.as(member))
                .with(csrf().useInvalidToken()).header("Referer", "http://localhost/group-buys/" + groupBuy.getId())
                .param("quantities[" + itemId + "]", "2").exchange();
        assertThat(stale).hasStatus(HttpStatus.FOUND);
        var expired = stale.getResponse().getRedirectedUrl();
        assertThat(expired).isEqualTo("/expired?back=/group-buys/" + groupBuy.getId());

        assertThat(mvc.get().uri(expired).with(accounts.as(member)).header("Accept-Language", "en"))
                .hasStatusOk().bodyText().contains("This page has expired", "Open the page again");
        assertThat(mvc.get().uri(expired).with(accounts.as(member))).body().asString()
                .contains("href=\"/group-buys/" + groupBuy.getId() + "\"");
        assertThat(sold(itemId)).isZero();
    }

    @Test
    void anExpiredSessionOverRealHttpOffersToSignInAgainAndChangesNothing() {
        var leader = platform.leader();
        var groupBuy = platform.open(leader, Platform.item(platform.product("红枣"), 1890, 1, null, null));
        long itemId = groupBuy.getItems().get(0).getId();
        var username = platform.member(leader.community(), "会话过期");
        var member = new HttpVisitor(port, "zh-CN").logIn(username, Accounts.PASSWORD);
        member.get("/group-buys/" + groupBuy.getId());

        jdbc.sql("delete from spring_session where principal_name = :name").param("name", username).update();
        var stale = member.post("/group-buys/" + groupBuy.getId() + "/order", Map.of("quantities[" + itemId + "]", "1"));

        assertThat(stale.statusCode()).isEqualTo(302);
        var location = stale.headers().firstValue("Location").orElseThrow();
        assertThat(URLDecoder.decode(location, StandardCharsets.UTF_8)).endsWith("/expired?back=/group-buys/" + groupBuy.getId());
        var page = member.get(location.replaceFirst("^https?://[^/]+", ""));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("页面已过期", "重新打开页面", "重新登录", "href=\"/group-buys/" + groupBuy.getId() + "\"");
        assertThat(sold(itemId)).isZero();
    }

    @Test
    void aStaleLoginFormShowsTheLoginPageAgainWithTheUsername() {
        var stale = mvc.post().uri("/login").with(csrf().useInvalidToken()).param("username", "wang_fang")
                .param("password", "whatever-it-was").exchange();

        assertThat(stale).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?expired&username=wang_fang");
        assertThat(mvc.get().uri("/login?expired&username=wang_fang").header("Accept-Language", "zh-CN"))
                .hasStatusOk().bodyText().contains("登录页面已过期，请重新登录。");
        assertThat(mvc.get().uri("/login?expired&username=wang_fang")).body().asString().contains("value=\"wang_fang\"");
    }

    @Test
    void theWayBackNeverLeavesLinli() {
        for (var back : new String[] {"//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:alert(1)"}) {
            assertThat(mvc.get().uri("/expired?back={back}", back)).as(back).hasStatusOk().body().asString()
                    .doesNotContain("evil.example", "javascript:");
        }
    }

    private int sold(long itemId) {
        return jdbc.sql("select sold from group_buy_items where id = :id").param("id", itemId).query(Integer.class)
                .single();
    }
}
