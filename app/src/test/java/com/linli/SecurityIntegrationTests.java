package com.linli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@LinliIntegrationTest
class SecurityIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Platform platform;

    @LocalServerPort
    int port;

    @Test
    void visitorSeesTheLandingPageInTheBrowsersLanguage() {
        assertThat(mvc.get().uri("/").header("Accept-Language", "zh-CN,zh;q=0.9"))
                .hasStatusOk().bodyText().contains("和邻居一起下单", "注册");
        assertThat(mvc.get().uri("/").header("Accept-Language", "en-US,en;q=0.9"))
                .hasStatusOk().bodyText().contains("Order with your neighbours", "Register");
    }

    @Test
    void languageSwitchOverridesTheBrowser() {
        var switched = mvc.get().uri("/?lang=en").header("Accept-Language", "zh-CN").exchange();

        assertThat(switched).hasStatusOk().bodyText().contains("Order with your neighbours");
        assertThat(switched).cookies().containsCookie("linli-lang");
    }

    @Test
    void theNavigationOffersEachVisitorTheLinksOfTheirRolesAndNamesWhoIsSignedIn() {
        var member = accounts.newMember("导航邻居");
        var leader = platform.leader().leader();
        var memberLinks = new String[] {"href=\"/me/communities\"", "href=\"/orders\"", "href=\"/notifications\"",
                "action=\"/logout\""};
        var leaderLinks = new String[] {"href=\"/leader\"", "href=\"/leader/group-buys\"",
                "href=\"/leader/deliveries\"", "href=\"/leader/pickups\""};

        assertThat(mvc.get().uri("/communities")).hasStatusOk().bodyText()
                .contains("href=\"/login\"", "href=\"/register\"").doesNotContain(memberLinks)
                .doesNotContain("href=\"/leader-application\"", "id=\"signed-in-as\"");
        assertThat(mvc.get().uri("/communities").with(accounts.as(member))).hasStatusOk().bodyText()
                .contains(memberLinks).contains("href=\"/leader-application\"", ">导航邻居</span>")
                .doesNotContain(leaderLinks).doesNotContain("href=\"/admin\"", "href=\"/login\"");
        assertThat(mvc.get().uri("/communities").with(accounts.as(leader))).hasStatusOk().bodyText()
                .contains(memberLinks).contains(leaderLinks).doesNotContain("href=\"/leader-application\"", "href=\"/admin\"");
        assertThat(mvc.get().uri("/communities").with(accounts.as("admin"))).hasStatusOk().bodyText()
                .contains(memberLinks).contains("href=\"/admin\"").doesNotContain(leaderLinks)
                .doesNotContain("href=\"/leader-application\"");
    }

    @Test
    void visitorIsSentToLoginForMemberPages() {
        assertThat(mvc.get().uri("/admin")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
    }

    @Test
    void memberIsRefusedTheBackOfficeAndTheLeaderWorkspace() {
        var member = accounts.as(accounts.newMember("赵六"));

        assertThat(mvc.get().uri("/admin").with(member)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/leader").with(member)).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void adminReachesTheBackOffice() {
        assertThat(mvc.get().uri("/admin").with(accounts.as("admin")).header("Accept-Language", "en"))
                .hasStatusOk().bodyText().contains("Back office");
    }

    @Test
    void errorPagesAreInTheLayoutAndTheUsersLanguage() {
        var member = new HttpVisitor(port, "zh-CN").logIn(accounts.newMember("钱七"), Accounts.PASSWORD);

        var forbidden = member.get("/admin");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("无权访问", "钱七", "邻里");

        var notFound = member.get("/no-such-page");
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.body()).contains("页面不存在", "钱七");

        var broken = new HttpVisitor(port, "en").logIn("admin", LinliIntegrationTest.ADMIN_PASSWORD).get("/test/fail");
        assertThat(broken.statusCode()).isEqualTo(500);
        assertThat(broken.body()).contains("Something went wrong").doesNotContain("broken on purpose", "IllegalStateException");
    }

    @Test
    void configuredAdminLogsInAndFailuresGetOneGenericMessage() {
        assertThat(mvc.post().uri("/login").with(csrf())
                .param("username", "admin").param("password", LinliIntegrationTest.ADMIN_PASSWORD))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/");

        assertThat(mvc.post().uri("/login").with(csrf()).param("username", "admin").param("password", "wrong"))
                .redirectedUrl().isEqualTo("/login?error");
        assertThat(mvc.post().uri("/login").with(csrf()).param("username", "nobody").param("password", "wrong"))
                .redirectedUrl().isEqualTo("/login?error");
        assertThat(mvc.get().uri("/login?error").header("Accept-Language", "en"))
                .bodyText().contains("Wrong username or password.");
    }

    @Test
    void loginWithoutCsrfTokenSignsNobodyInAndShowsTheLoginPageAgain() {
        assertThat(mvc.post().uri("/login").param("username", "admin")
                .param("password", LinliIntegrationTest.ADMIN_PASSWORD))
                .matches(unauthenticated())
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?expired&username=admin");
    }

    @Test
    void pagesCarrySecurityHeaders() {
        var page = mvc.get().uri("/").exchange();

        assertThat(page).headers().hasValue("X-Frame-Options", "DENY");
        // invite links carry codes: no other site learns a page's address
        assertThat(page).headers().hasValue("Referrer-Policy", "same-origin");
        assertThat(page.getResponse().getHeader("Content-Security-Policy"))
                .contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
    }

    /** The REST API's description is public, like its sign-up; the pages' own handlers are not in it. */
    @Test
    void theApiDescriptionAndSwaggerUiAreServedToAnyone() {
        assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk().bodyJson().extractingPath("info.title")
                .isEqualTo("Linli API");
        assertThat(mvc.get().uri("/v3/api-docs")).bodyText().contains("/api/v1/orders").doesNotContain("\"/admin",
                "\"/orders");
        assertThat(mvc.get().uri("/swagger-ui/index.html")).hasStatusOk();
    }

    @Test
    void actuatorExposesHealthOnly() {
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk().bodyJson().extractingPath("status").isEqualTo("UP");
        assertThat(mvc.get().uri("/actuator/env").with(accounts.as("admin"))).hasStatus(HttpStatus.NOT_FOUND);
    }
}
