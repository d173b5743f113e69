package com.linli.domain.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class MembershipTests {

    static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void memberJoinsAnActiveCommunityAndTheInviterIsRecorded() {
        var membership = Membership.join(community(), 7, 3L, NOW);

        assertThat(membership.getMemberId()).isEqualTo(7);
        assertThat(membership.getInvitedBy()).isEqualTo(3);
        assertThat(membership.getJoinedAt()).isEqualTo(NOW);
    }

    @Test
    void invitingOneselfRecordsNoInviter() {
        assertThat(Membership.join(community(), 7, 7L, NOW).getInvitedBy()).isNull();
        assertThat(Membership.join(community(), 7, null, NOW).getInvitedBy()).isNull();
    }

    @Test
    void suspendedCommunityAcceptsNoMembersUntilReinstated() {
        var community = community();
        community.suspend(NOW);

        assertThat(community.isActive()).isFalse();
        assertThatThrownBy(() -> Membership.join(community, 7, null, NOW))
                .isInstanceOf(CommunityIsSuspended.class).hasMessageContaining("community.suspended");

        community.reinstate(NOW);
        assertThat(Membership.join(community, 7, null, NOW).getMemberId()).isEqualTo(7);
    }

    @Test
    void regeneratedInviteCodeReplacesTheOldOne() {
        var community = community();
        var old = community.getInviteCode();

        community.changeInviteCode("QRSTUVWX", NOW);

        assertThat(community.getInviteCode()).isEqualTo("QRSTUVWX").isNotEqualTo(old);
        assertThatThrownBy(() -> community.changeInviteCode("QRSTUVWX", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> community.changeInviteCode("0000OOOO", NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    static Community community() {
        return Community.found(new FoundCommunity("阳光花园", "杭州", "西湖区", "文三路 1 号", "阳光便利店",
                "每天 8:00-21:00", "13800000000"), "ABCDEFGH", NOW);
    }
}
