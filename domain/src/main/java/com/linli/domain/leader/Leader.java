package com.linli.domain.leader;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A group leader (团长): one user running one community's pickup point, unless suspended. */
@Entity
@Table(name = "leaders")
public class Leader {

    @Id
    @GeneratedValue(generator = "leaders_seq")
    @SequenceGenerator(name = "leaders_seq", sequenceName = "leaders_seq", allocationSize = 50)
    private Long id;

    private Long userId;

    private Long communityId;

    @Enumerated(EnumType.STRING)
    private LeaderStatus status;

    private Instant createdAt;

    private Instant updatedAt;

    protected Leader() {
    }

    private Leader(long userId, long communityId, Instant now) {
        this.userId = userId;
        this.communityId = communityId;
        this.status = LeaderStatus.ACTIVE;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public static Leader appoint(long userId, long communityId, Instant now) {
        return new Leader(userId, communityId, now);
    }

    void suspend(Instant now) {
        changeStatus(LeaderStatus.SUSPENDED, now);
    }

    void reinstate(Instant now) {
        changeStatus(LeaderStatus.ACTIVE, now);
    }

    private void changeStatus(LeaderStatus status, Instant now) {
        if (this.status != status) {
            this.status = status;
            this.updatedAt = now;
        }
    }

    public boolean isActive() {
        return status == LeaderStatus.ACTIVE;
    }

    /** Everything in the leader workspace starts here: a suspended leader can do nothing there. */
    public void ensureActive() {
        if (!isActive()) {
            throw new LeaderSuspended();
        }
    }

    public Long getId() {
        return id;
    }

    public Long getUserId() {
        return userId;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public LeaderStatus getStatus() {
        return status;
    }
}
