package com.linli.persistence.leader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.linli.domain.community.Communities;
import com.linli.domain.community.Community;
import com.linli.domain.community.CommunityStatus;
import com.linli.domain.community.FoundCommunity;
import com.linli.domain.community.Membership;
import com.linli.domain.community.Memberships;
import com.linli.domain.identity.User;
import com.linli.domain.identity.Users;
import com.linli.domain.leader.ApplicationStatus;
import com.linli.domain.leader.CommunityOverview;
import com.linli.domain.leader.Leader;
import com.linli.domain.leader.LeaderApplication;
import com.linli.domain.leader.LeaderApplications;
import com.linli.domain.leader.LeaderStatus;
import com.linli.domain.leader.Leaders;
import com.linli.domain.leader.Proposal;
import com.linli.domain.shared.PageQuery;
import com.linli.persistence.testsupport.LockProbe;
import com.linli.persistence.testsupport.TestDatabaseConfiguration;

@DataJpaTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
@Import(TestDatabaseConfiguration.class)
class JpaLeadersTests {

    static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    @Autowired
    LeaderApplications applications;

    @Autowired
    Leaders leaders;

    @Autowired
    Communities communities;

    @Autowired
    Memberships memberships;

    @Autowired
    Users users;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void databaseRefusesASecondPendingApplicationOfOneApplicant() {
        var applicant = users.save(user("applicant_a"));
        applications.save(LeaderApplication.submit(applicant.getId(), proposal(), NOW));

        assertThat(applications.existsByApplicantIdAndStatus(applicant.getId(), ApplicationStatus.PENDING)).isTrue();
        assertThatThrownBy(() -> {
            applications.save(LeaderApplication.submit(applicant.getId(), proposal(), NOW));
            applications.existsByApplicantIdAndStatus(applicant.getId(), ApplicationStatus.PENDING);
        }).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void pendingApplicationsComeWithTheApplicantsNameAndPhone() {
        var applicant = users.save(user("applicant_b"));
        var application = applications.save(LeaderApplication.submit(applicant.getId(), proposal(), NOW));

        var pending = applications.findPending(PageQuery.of(0));

        assertThat(pending.items()).anySatisfy(summary -> {
            assertThat(summary.application().getId()).isEqualTo(application.getId());
            assertThat(summary.applicantName()).isEqualTo("李四");
            assertThat(summary.applicantPhone()).isEqualTo("13900000000");
        });
        assertThat(applications.findFirstByApplicantIdOrderByCreatedAtDesc(applicant.getId())).contains(application);
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void aSecondDecisionWaitsForTheFirstAndSeesIt() {
        var applicant = users.save(user("applicant_" + System.nanoTime()));
        var id = applications.save(LeaderApplication.submit(applicant.getId(), proposal(), NOW)).getId();

        var seenByTheSecond = new LockProbe(transactions, jdbc).secondWaitsForFirst(
                () -> {
                    applications.findForDecision(id).orElseThrow();
                    jdbc.sql("update leader_applications set status = 'APPROVED' where id = :id").param("id", id).update();
                },
                () -> applications.findForDecision(id).orElseThrow().getStatus());

        assertThat(seenByTheSecond).isEqualTo(ApplicationStatus.APPROVED);
    }

    @Test
    void onlyItsLeaderLeadsACommunity() {
        var leaderUser = users.save(user("leader_b"));
        var neighbour = users.save(user("neighbour_b"));
        var community = communities.save(Community.found(new FoundCommunity("翠苑二区", "黄岩", "路桥区", "某路 2 号",
                "翠苑二区便利店", "8:00-21:00", "13800000000"), "PQRSTUV3", NOW));
        leaders.save(Leader.appoint(leaderUser.getId(), community.getId(), NOW));

        assertThat(communities.isLedBy(community.getId(), leaderUser.getId())).isTrue();
        assertThat(communities.isLedBy(community.getId(), neighbour.getId())).isFalse();
    }

    @Test
    void adminOverviewCarriesLeaderAndMemberCountOfEachCommunityInOneQuery() {
        var leaderUser = users.save(user("leader_a"));
        var neighbour = users.save(user("neighbour_a"));
        var community = communities.save(Community.found(new FoundCommunity("翠苑一区", "台州", "椒江区", "某路 1 号",
                "翠苑便利店", "8:00-21:00", "13800000000"), "PQRSTUV2", NOW));
        leaders.save(Leader.appoint(leaderUser.getId(), community.getId(), NOW));
        memberships.save(Membership.join(community, leaderUser.getId(), null, NOW));
        memberships.save(Membership.join(community, neighbour.getId(), leaderUser.getId(), NOW));

        var page = leaders.overview("台州", PageQuery.of(0));

        assertThat(page.total()).isEqualTo(1);
        assertThat(page.items()).containsExactly(new CommunityOverview(community.getId(), "翠苑一区", "台州", "椒江区",
                CommunityStatus.ACTIVE, leaders.findByUserId(leaderUser.getId()).orElseThrow().getId(), "李四",
                LeaderStatus.ACTIVE, 2));
        assertThat(leaders.overview("", PageQuery.of(0)).items())
                .extracting(CommunityOverview::communityId).contains(community.getId());
    }

    static Proposal proposal() {
        return new Proposal("阳光花园", "杭州", "西湖区", "文三路 1 号", "阳光便利店", "每天 8:00-21:00", "13800000000",
                "我在小区开便利店五年了。");
    }

    static User user(String username) {
        return User.register(username, "李四", "13900000000", "{noop}secret-password", NOW);
    }
}
