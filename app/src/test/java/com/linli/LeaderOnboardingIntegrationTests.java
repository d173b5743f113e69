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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import com.linli.domain.community.CommunityService;
import com.linli.domain.identity.Role;
import com.linli.domain.identity.Users;
import com.linli.domain.leader.LeaderService;
import com.linli.domain.leader.Proposal;

@LinliIntegrationTest
class LeaderOnboardingIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Users users;

    @Autowired
    LeaderService leaders;

    @Autowired
    CommunityService communities;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Autowired
    Neighbourhoods neighbourhoods;

    @Test
    void badApplicationIsExplainedInTheMembersLanguageAndStoresNothing() {
        var member = accounts.newMember("孙一");
        var bad = new Proposal("", "杭州", "西湖区", "文三路 1 号", "便利店", "8:00-21:00", "12345", "x".repeat(501));

        assertThat(apply(member, bad).header("Accept-Language", "zh-CN"))
                .hasStatusOk().bodyText().contains("请填写此项。", "请输入以 1 开头的 11 位手机号。", "最多 500 个字。");
        assertThat(apply(member, bad).header("Accept-Language", "en"))
                .hasStatusOk().bodyText().contains("Please fill this in.", "Use at most 500 characters.");
        assertThat(applicationsOf(member)).isZero();
    }

    @Test
    void secondApplicationIsRefusedWhileTheFirstIsPending() {
        var member = accounts.newMember("孙二");

        assertThat(apply(member, Neighbourhoods.proposal("金色家园", "杭州")))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/leader-application");
        assertThat(mvc.get().uri("/leader-application").with(accounts.as(member)).header("Accept-Language", "zh-CN"))
                .bodyText().contains("你申请成为 金色家园 的团长，正在审核中。").doesNotContain("提交申请");

        assertThat(apply(member, Neighbourhoods.proposal("银色家园", "杭州")).header("Accept-Language", "zh-CN"))
                .hasStatusOk().bodyText().contains("你已有一份正在审核的申请");
        assertThat(applicationsOf(member)).isEqualTo(1);
    }

    @Test
    void applyingFromSeveralDevicesAtOnceLeavesOnePendingApplicationAndTheOthersAreToldSo() {
        for (int round = 0; round < 3; round++) {
            var member = accounts.newMember("孙七");
            var devices = IntStream.range(0, 5)
                    .mapToObj(i -> new HttpVisitor(port, "zh-CN").logIn(member, Accounts.PASSWORD)).toList();
            devices.forEach(device -> device.get("/leader-application"));

            var answers = AtOnce.send(devices.size(), i -> devices.get(i).post("/leader-application",
                    form(Neighbourhoods.proposal("双子苑" + i, "杭州"))));

            assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(302, 200).containsOnlyOnce(302);
            assertThat(answers).filteredOn(answer -> answer.statusCode() == 200).extracting(HttpResponse::body)
                    .allSatisfy(body -> assertThat(body).contains("你已有一份正在审核的申请"));
            assertThat(applicationsOf(member)).isOne();
        }
    }

    @Test
    void twoAdminsApprovingOneApplicationAtOnceFoundOneCommunityAndTheSecondIsToldItIsDecided() {
        var admins = IntStream.range(0, 2)
                .mapToObj(i -> new HttpVisitor(port, "zh-CN").logIn("admin", LinliIntegrationTest.ADMIN_PASSWORD)).toList();
        for (int round = 0; round < 3; round++) {
            var member = accounts.newMember("孙八");
            var city = Neighbourhoods.newCity();
            apply(member, Neighbourhoods.proposal("双核苑", city)).exchange();
            var applicationId = latestApplicationId(member);
            admins.forEach(admin -> admin.get("/admin/leader-applications"));

            var answers = AtOnce.send(admins.size(), i -> admins.get(i)
                    .post("/admin/leader-applications/" + applicationId + "/approve", Map.of()));

            assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(302, 422);
            assertThat(answers).filteredOn(answer -> answer.statusCode() == 422).extracting(HttpResponse::body)
                    .allSatisfy(body -> assertThat(body).contains("该申请已经处理过了。"));
            assertThat(jdbc.queryForObject("select count(*) from communities where city = ?", Integer.class, city))
                    .isOne();
            assertThat(leaders.communityLedBy(neighbourhoods.id(member)).getCity()).isEqualTo(city);
        }
    }

    @Test
    void approvalFoundsTheCommunityAndTheApplicantLeadsIt() {
        var member = accounts.newMember("孙三");
        var city = Neighbourhoods.newCity();
        apply(member, Neighbourhoods.proposal("翡翠城", city)).exchange();
        var applicationId = latestApplicationId(member);

        assertThat(mvc.get().uri("/admin/leader-applications").with(accounts.as("admin")).header("Accept-Language", "zh-CN"))
                .hasStatusOk().bodyText().contains("翡翠城", "申请人：孙三，1390000", "翡翠城便利店");
        assertThat(mvc.post().uri("/admin/leader-applications/{id}/approve", applicationId)
                .with(accounts.as("admin")).with(csrf()))
                .hasStatus(HttpStatus.FOUND).flash().containsEntry("message", "leader.application.approved");

        var memberId = neighbourhoods.id(member);
        assertThat(users.findById(memberId).orElseThrow().getRoles()).contains(Role.LEADER);
        var community = leaders.communityLedBy(memberId);
        assertThat(community.getCity()).isEqualTo(city);
        assertThat(community.getPickupPoint().getName()).isEqualTo("翡翠城便利店");
        assertThat(communities.isMember(community.getId(), memberId)).isTrue();
        assertThat(mvc.get().uri("/leader").with(accounts.as(member)).header("Accept-Language", "en"))
                .hasStatusOk().bodyText().contains("翡翠城", community.getInviteCode(),
                        "/join/" + community.getInviteCode() + "?ref=" + memberId, "Members: 1");
        assertThat(mvc.get().uri("/leader/communities/{id}/invite-qr.png", community.getId()).with(accounts.as(member)))
                .hasStatusOk().hasContentType(MediaType.IMAGE_PNG);
        assertThat(mvc.post().uri("/admin/leader-applications/{id}/approve", applicationId)
                .with(accounts.as("admin")).with(csrf()))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
    }

    @Test
    void approvedApplicantOpensTheWorkspaceWithoutSigningInAgain() {
        var member = accounts.newMember("孙四");
        var browser = new HttpVisitor(port, "zh-CN").logIn(member, Accounts.PASSWORD);
        browser.get("/leader-application");
        browser.post("/leader-application", form(Neighbourhoods.proposal("碧水苑", "杭州")));
        mvc.post().uri("/admin/leader-applications/{id}/approve", latestApplicationId(member))
                .with(accounts.as("admin")).with(csrf()).exchange();

        assertThat(browser.get("/leader").statusCode()).isEqualTo(403);
        var status = browser.get("/leader-application");
        assertThat(status.body()).contains("已通过", "进入团长工作台");
        var open = browser.get("/leader-application/workspace");
        assertThat(open.statusCode()).isEqualTo(302);
        assertThat(open.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/leader"));
        assertThat(browser.get("/leader").body()).contains("团长工作台", "碧水苑");
    }

    @Test
    void rejectionNeedsAReasonAndTheApplicantSeesIt() {
        var member = accounts.newMember("孙五");
        apply(member, Neighbourhoods.proposal("青草地", "杭州")).exchange();
        var applicationId = latestApplicationId(member);

        assertThat(reject(applicationId, " ").header("Accept-Language", "en"))
                .hasStatusOk().bodyText()
                .containsSubsequence("Waiting for a decision", "青草地", "Give the applicant a reason", "Reject");
        assertThat(leaders.latestApplicationOf(neighbourhoods.id(member)).orElseThrow().isPending()).isTrue();

        assertThat(reject(applicationId, "自提点地址不完整")).hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/leader-application").with(accounts.as(member)).header("Accept-Language", "zh-CN"))
                .bodyText().contains("未通过", "原因：自提点地址不完整", "提交申请");
        assertThat(communities.browse("杭州", com.linli.domain.shared.PageQuery.of(0)).items())
                .noneMatch(c -> c.getName().equals("青草地"));
    }

    @Test
    void memberIsRefusedTheAdminListsAndTheLeaderWorkspace() {
        var member = accounts.as(accounts.newMember("孙六"));

        assertThat(mvc.get().uri("/admin/leader-applications").with(member)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/admin/communities").with(member)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/admin/leader-applications/1/approve").with(member).with(csrf()))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/leader").with(member)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/leader/communities/1/invite-qr.png").with(member)).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void leaderCannotOpenOrChangeAnotherLeadersCommunity() {
        var a = neighbourhoods.ledCommunity("东苑", Neighbourhoods.newCity());
        var b = neighbourhoods.ledCommunity("西苑", Neighbourhoods.newCity());
        var codeOfB = b.community().getInviteCode();

        assertThat(mvc.get().uri("/leader/communities/{id}/invite-qr.png", b.community().getId()).with(accounts.as(a.leader())))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post().uri("/leader/communities/{id}/invite-code", b.community().getId())
                .with(accounts.as(a.leader())).with(csrf()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(communities.community(b.community().getId()).getInviteCode()).isEqualTo(codeOfB);
        assertThat(mvc.get().uri("/leader").with(accounts.as(a.leader()))).bodyText().contains("东苑").doesNotContain("西苑");
    }

    @Test
    void suspendedLeaderIsToldSoUntilReinstated() {
        var led = neighbourhoods.ledCommunity("南苑", Neighbourhoods.newCity());
        var leaderId = leaders.activeLeader(led.leaderId()).getId();

        assertThat(mvc.post().uri("/admin/leaders/{id}/suspend", leaderId).with(accounts.as("admin")).with(csrf()))
                .hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/leader").with(accounts.as(led.leader())).header("Accept-Language", "zh-CN"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText().contains("你的团长账号已被平台暂停");
        assertThat(mvc.post().uri("/leader/communities/{id}/invite-code", led.community().getId())
                .with(accounts.as(led.leader())).with(csrf()))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);

        mvc.post().uri("/admin/leaders/{id}/reinstate", leaderId).with(accounts.as("admin")).with(csrf()).exchange();
        assertThat(mvc.get().uri("/leader").with(accounts.as(led.leader()))).hasStatusOk();
    }

    @Test
    void adminSeesCommunitiesOfACityWithLeaderMemberCountAndStatus() {
        var city = Neighbourhoods.newCity();
        var first = neighbourhoods.ledCommunity("北苑", city);
        neighbourhoods.ledCommunity("中苑", city);
        communities.suspend(first.community().getId());

        assertThat(mvc.get().uri("/admin/communities?city={city}", city).with(accounts.as("admin"))
                .header("Accept-Language", "zh-CN"))
                .hasStatusOk().bodyText().contains("北苑", "中苑", "已暂停", "正常", "恢复", "暂停团长")
                .doesNotContain("东苑");
    }

    private MockMvcRequestBuilder apply(String username, Proposal proposal) {
        var request = mvc.post().uri("/leader-application").with(accounts.as(username)).with(csrf());
        form(proposal).forEach(request::param);
        return request;
    }

    private MockMvcRequestBuilder reject(long applicationId, String reason) {
        return mvc.post().uri("/admin/leader-applications/{id}/reject", applicationId)
                .with(accounts.as("admin")).with(csrf()).param("reason", reason);
    }

    private static Map<String, String> form(Proposal p) {
        return Map.of("communityName", p.communityName(), "city", p.city(), "district", p.district(),
                "address", p.address(), "pickupPointName", p.pickupPointName(), "openingHours", p.openingHours(),
                "contactPhone", p.contactPhone(), "introduction", p.introduction());
    }

    private int applicationsOf(String username) {
        return jdbc.queryForObject("select count(*) from leader_applications where applicant_id = ?", Integer.class,
                neighbourhoods.id(username));
    }

    private long latestApplicationId(String username) {
        return leaders.latestApplicationOf(neighbourhoods.id(username)).orElseThrow().getId();
    }
}
