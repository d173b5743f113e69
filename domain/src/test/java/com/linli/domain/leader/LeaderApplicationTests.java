package com.linli.domain.leader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class LeaderApplicationTests {

    static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void newApplicationIsPendingWithTheProposalTrimmed() {
        var application = application();

        assertThat(application.isPending()).isTrue();
        assertThat(application.getCommunityName()).isEqualTo("阳光花园");
        assertThat(application.founding().pickupPointName()).isEqualTo("阳光便利店");
    }

    @Test
    void approvedApplicationCannotBeDecidedAgain() {
        var application = application();

        application.approve(1, NOW);

        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(application.getDecidedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> application.approve(1, NOW)).isInstanceOf(ApplicationAlreadyDecided.class);
        assertThatThrownBy(() -> application.reject(1, "late", NOW)).isInstanceOf(ApplicationAlreadyDecided.class);
    }

    @Test
    void rejectionNeedsAReasonWhichTheApplicantSees() {
        var application = application();

        assertThatThrownBy(() -> application.reject(1, " ", NOW)).isInstanceOf(RejectionReasonRequired.class)
                .extracting(e -> ((RejectionReasonRequired) e).code()).isEqualTo("leader.application.reason-required");
        assertThatThrownBy(() -> application.reject(1, null, NOW)).isInstanceOf(RejectionReasonRequired.class);
        assertThat(application.isPending()).isTrue();

        application.reject(1, "  自提点信息不完整  ", NOW);

        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(application.getRejectionReason()).isEqualTo("自提点信息不完整");
        assertThatThrownBy(() -> application.approve(1, NOW)).isInstanceOf(ApplicationAlreadyDecided.class);
    }

    @Test
    void suspendedLeaderIsRefusedUntilReinstated() {
        var leader = Leader.appoint(5, 9, NOW);
        assertThat(leader.isActive()).isTrue();

        leader.suspend(NOW);

        assertThatThrownBy(leader::ensureActive).isInstanceOf(LeaderSuspended.class);
        leader.reinstate(NOW);
        leader.ensureActive();
        assertThat(leader.getStatus()).isEqualTo(LeaderStatus.ACTIVE);
    }

    static LeaderApplication application() {
        return LeaderApplication.submit(5, new Proposal(" 阳光花园 ", "杭州", "西湖区", "文三路 1 号", "阳光便利店",
                "每天 8:00-21:00", "13800000000", "我在小区开便利店五年了。"), NOW);
    }
}
