package com.linli.domain.community;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A member (成员) belongs to a community; who invited them is kept for the leader's growth. */
@Entity
@Table(name = "memberships")
public class Membership {

    @Id
    @GeneratedValue(generator = "memberships_seq")
    @SequenceGenerator(name = "memberships_seq", sequenceName = "memberships_seq", allocationSize = 50)
    private Long id;

    private Long communityId;

    private Long memberId;

    private Long invitedBy;

    private Instant joinedAt;

    private Instant createdAt;

    private Instant updatedAt;

    protected Membership() {
    }

    private Membership(Long communityId, long memberId, Long invitedBy, Instant now) {
        this.communityId = communityId;
        this.memberId = memberId;
        this.invitedBy = invitedBy;
        this.joinedAt = now;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Joins an active community. An invitation by oneself is no invitation, so it is not recorded;
     * whether the inviter belongs to the community is for the caller to establish.
     */
    public static Membership join(Community community, long memberId, Long invitedBy, Instant now) {
        community.ensureActive();
        var inviter = invitedBy != null && invitedBy != memberId ? invitedBy : null;
        return new Membership(community.getId(), memberId, inviter, now);
    }

    public Long getId() {
        return id;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public Long getInvitedBy() {
        return invitedBy;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }
}
