package com.linli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.linli.domain.community.CommunityService;
import com.linli.domain.community.JoinCommunity;

@LinliIntegrationTest
class CommunityMembershipIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    CommunityService communities;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Autowired
    Neighbourhoods neighbourhoods;

    @Test
    void visitorFindsActiveCommunitiesByCityAndOpensOne() {
        var city = Neighbourhoods.newCity();
        var open = neighbourhoods.ledCommunity("春华苑", city);
        var suspended = neighbourhoods.ledCommunity("秋实苑", city);
        communities.suspend(suspended.community().getId());

        assertThat(mvc.get().uri("/communities?city={city}", city).header("Accept-Language", "zh-CN"))
                .hasStatusOk().bodyText().contains("春华苑", "成员：1 人").doesNotContain("秋实苑");
        assertThat(mvc.get().uri("/communities").header("Accept-Language", "zh-CN"))
                .hasStatusOk().bodyText().contains(city);
        assertThat(mvc.get().uri("/communities/{id}", open.community().getId()).header("Accept-Language", "zh-CN"))
                .hasStatusOk().bodyText().contains("春华苑", "春华苑便利店", "营业时间：每天 8:00-21:00", "登录或注册后即可加入");
    }

    @Test
    void linliOpensWhereTheMemberBelongs() {
        var first = neighbourhoods.ledCommunity("东篱苑", Neighbourhoods.newCity()).community();
        var second = neighbourhoods.ledCommunity("西岭苑", Neighbourhoods.newCity()).community();
        var member = accounts.newMember("吴一");

        assertThat(mvc.get().uri("/").with(accounts.as(member)).header("Accept-Language", "zh-CN"))
                .hasStatusOk().bodyText().contains("欢迎回来，吴一");
        communities.join(new JoinCommunity(first.getId(), neighbourhoods.id(member), null));
        assertThat(mvc.get().uri("/").with(accounts.as(member)))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/c/" + first.getId());
        communities.join(new JoinCommunity(second.getId(), neighbourhoods.id(member), null));
        assertThat(mvc.get().uri("/").with(accounts.as(member)))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/me/communities");
    }

    @Test
    void memberJoinsByInviteLinkAndTheInviterIsRecorded() {
        var led = neighbourhoods.ledCommunity("夏荷苑", Neighbourhoods.newCity());
        var code = led.community().getInviteCode();
        var member = accounts.newMember("周一");

        assertThat(mvc.get().uri("/join/{code}?ref={ref}", code, led.leaderId()).with(accounts.as(member))
                .header("Accept-Language", "zh-CN"))
                .hasStatusOk().bodyText().contains("夏荷苑", "加入这个社区");
        assertThat(join(member, led, led.leaderId())).hasStatus(HttpStatus.FOUND)
                .redirectedUrl().isEqualTo("/c/" + led.community().getId());
        assertThat(join(member, led, led.leaderId())).hasStatus(HttpStatus.FOUND);

        assertThat(jdbc.queryForList("select invited_by from memberships where community_id = ? and member_id = ?",
                Long.class, led.community().getId(), neighbourhoods.id(member))).containsExactly(led.leaderId());
        assertThat(mvc.get().uri("/c/{id}", led.community().getId()).with(accounts.as(member))
                .header("Accept-Language", "zh-CN"))
                .hasStatusOk().bodyText().contains("夏荷苑", "夏荷苑便利店", "还没有进行中的团购");
    }

    @Test
    void inviterWhoIsNotAMemberIsNotRecorded() {
        var led = neighbourhoods.ledCommunity("冬梅苑", Neighbourhoods.newCity());
        var stranger = neighbourhoods.id(accounts.newMember("路人"));
        var member = accounts.newMember("周二");

        join(member, led, stranger).exchange();

        assertThat(jdbc.queryForObject("select invited_by from memberships where community_id = ? and member_id = ?",
                Long.class, led.community().getId(), neighbourhoods.id(member))).isNull();
    }

    @Test
    void regeneratedInviteCodeMakesTheOldOneUnknown() {
        var led = neighbourhoods.ledCommunity("竹林苑", Neighbourhoods.newCity());
        var old = led.community().getInviteCode();

        assertThat(mvc.post().uri("/leader/communities/{id}/invite-code", led.community().getId())
                .with(accounts.as(led.leader())).with(csrf()))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/leader");

        var current = communities.community(led.community().getId()).getInviteCode();
        assertThat(current).isNotEqualTo(old).matches("[A-HJKMNP-Z2-9]{8}");
        assertThat(mvc.get().uri("/join/{code}", old).header("Accept-Language", "zh-CN"))
                .hasStatus(HttpStatus.NOT_FOUND).bodyText().contains("这个邀请链接无效", "已被团长更换");
        assertThat(mvc.get().uri("/join/{code}", current)).hasStatusOk().bodyText().contains("竹林苑");
    }

    @Test
    void visitorWithAnInviteLinkJoinsRightAfterRegisteringAndLoggingIn() {
        var led = neighbourhoods.ledCommunity("松涛苑", Neighbourhoods.newCity());
        var visitor = new HttpVisitor(port, "zh-CN");

        var invitation = visitor.get("/join/" + led.community().getInviteCode() + "?ref=" + led.leaderId());
        assertThat(invitation.body()).contains("松涛苑", "登录后将自动加入这个社区");
        visitor.get("/register");
        var username = "pending_" + System.nanoTime() % 1_000_000_000;
        assertThat(visitor.post("/register", Map.of("username", username, "displayName", "吴三",
                "phone", "13500000001", "password", Accounts.PASSWORD)).statusCode()).isEqualTo(302);
        visitor.get("/login");
        var login = visitor.post("/login", Map.of("username", username, "password", Accounts.PASSWORD));

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/c/" + led.community().getId()));
        assertThat(visitor.get("/c/" + led.community().getId()).body()).contains("松涛苑", "还没有进行中的团购");
        assertThat(jdbc.queryForObject("select invited_by from memberships where community_id = ? and member_id = ?",
                Long.class, led.community().getId(), neighbourhoods.id(username))).isEqualTo(led.leaderId());

        var again = new HttpVisitor(port, "zh-CN");
        again.get("/login");
        assertThat(again.post("/login", Map.of("username", username, "password", Accounts.PASSWORD))
                .headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
    }

    @Test
    void memberSeesTheirCommunitiesAndLeavesOne() {
        var first = neighbourhoods.ledCommunity("梧桐苑", Neighbourhoods.newCity());
        var second = neighbourhoods.ledCommunity("银杏苑", Neighbourhoods.newCity());
        var member = accounts.newMember("周三");
        join(member, first, null).exchange();
        join(member, second, null).exchange();

        assertThat(mvc.get().uri("/me/communities").with(accounts.as(member)).header("Accept-Language", "zh-CN"))
                .hasStatusOk().bodyText().contains("梧桐苑", "银杏苑");

        assertThat(mvc.post().uri("/me/communities/{id}/leave", first.community().getId())
                .with(accounts.as(member)).with(csrf()))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/me/communities");

        assertThat(mvc.get().uri("/me/communities").with(accounts.as(member)))
                .bodyText().contains("银杏苑").doesNotContain("梧桐苑");
        assertThat(mvc.get().uri("/c/{id}", first.community().getId()).with(accounts.as(member)))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/communities/" + first.community().getId());
    }

    @Test
    void leaderCannotLeaveTheCommunityTheyLeadAndIsToldWhy() {
        var led = neighbourhoods.ledCommunity("枫叶苑", Neighbourhoods.newCity());

        assertThat(mvc.post().uri("/me/communities/{id}/leave", led.community().getId())
                .with(accounts.as(led.leader())).with(csrf()).header("Accept-Language", "zh-CN"))
                .hasStatusOk().bodyText().contains("你是 枫叶苑 的团长，不能退出这个社区。", "枫叶苑");
        assertThat(communities.isMember(led.community().getId(), led.leaderId())).isTrue();
    }

    @Test
    void joiningFromSeveralDevicesAtOnceMakesOneMembershipAndEveryDeviceIsWelcomed() {
        var led = neighbourhoods.ledCommunity("连心苑", Neighbourhoods.newCity());
        var communityId = led.community().getId();
        for (int round = 0; round < 3; round++) {
            var member = accounts.newMember("周五");
            var devices = IntStream.range(0, 5)
                    .mapToObj(i -> new HttpVisitor(port, "zh-CN").logIn(member, Accounts.PASSWORD)).toList();
            devices.forEach(device -> device.get("/communities/" + communityId));

            var answers = AtOnce.send(devices.size(),
                    i -> devices.get(i).post("/communities/" + communityId + "/join", Map.of()));

            assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(302);
            assertThat(answers).allSatisfy(answer -> assertThat(answer.headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/c/" + communityId)));
            assertThat(jdbc.queryForObject("select count(*) from memberships where community_id = ? and member_id = ?",
                    Integer.class, communityId, neighbourhoods.id(member))).isOne();
        }
    }

    @Test
    void suspendedCommunityAcceptsNoJoins() {
        var led = neighbourhoods.ledCommunity("杨柳苑", Neighbourhoods.newCity());
        mvc.post().uri("/admin/communities/{id}/suspend", led.community().getId())
                .with(accounts.as("admin")).with(csrf()).exchange();
        var member = accounts.newMember("周四");

        assertThat(join(member, led, null).header("Accept-Language", "zh-CN"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText().contains("社区 杨柳苑 已被暂停");
        assertThat(communities.isMember(led.community().getId(), neighbourhoods.id(member))).isFalse();
        assertThat(mvc.get().uri("/communities/{id}", led.community().getId()).header("Accept-Language", "zh-CN"))
                .bodyText().contains("该社区已被平台暂停").doesNotContain("加入这个社区");
    }

    private MockMvcTester.MockMvcRequestBuilder join(String member, Neighbourhoods.Led led, Long ref) {
        var request = mvc.post().uri("/communities/{id}/join", led.community().getId())
                .with(accounts.as(member)).with(csrf());
        if (ref != null) {
            request.param("ref", ref.toString());
        }
        return request;
    }
}
