package com.linli.domain.community;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.linli.domain.audit.AuditAction;
import com.linli.domain.audit.AuditLog;
import com.linli.domain.shared.NotFound;
import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.Paged;

/** Communities, their invite codes and their members. */
@Service
@Transactional
public class CommunityService {

    private final Communities communities;
    private final Memberships memberships;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    CommunityService(Communities communities, Memberships memberships, ApplicationEventPublisher events,
                     AuditLog audit, Clock clock) {
        this.communities = communities;
        this.memberships = memberships;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    public Community found(FoundCommunity founding) {
        return communities.save(Community.found(founding, unusedInviteCode(), clock.instant()));
    }

    /**
     * Joins, or does nothing if already a member. The inviter is recorded only if they belong to
     * the community themselves, so a made-up {@code ref} records nothing. Joins of a community take
     * turns, so the same member joining from two devices at once finds their membership the second time.
     */
    public Membership join(JoinCommunity command) {
        var community = communities.findForJoining(command.communityId())
                .orElseThrow(() -> new NotFound("community", command.communityId()));
        var existing = memberships.findByCommunityIdAndMemberId(command.communityId(), command.memberId());
        if (existing.isPresent()) {
            return existing.get();
        }
        var inviter = command.invitedBy() != null
                && memberships.existsByCommunityIdAndMemberId(command.communityId(), command.invitedBy())
                ? command.invitedBy() : null;
        var membership = memberships.save(Membership.join(community, command.memberId(), inviter, clock.instant()));
        events.publishEvent(new MemberJoined(command.communityId(), command.memberId(), membership.getInvitedBy()));
        return membership;
    }

    /** @throws LeaderCannotLeave for the community's own leader, who runs its pickup point */
    public void leave(LeaveCommunity command) {
        if (communities.isLedBy(command.communityId(), command.memberId())) {
            throw new LeaderCannotLeave(community(command.communityId()).getName());
        }
        memberships.findByCommunityIdAndMemberId(command.communityId(), command.memberId())
                .ifPresent(memberships::delete);
    }

    /** A new invite code for the community; links with the old one lead nowhere from now on. */
    public Community regenerateInviteCode(long communityId) {
        var community = community(communityId);
        community.changeInviteCode(unusedInviteCode(), clock.instant());
        return community;
    }

    public Community suspend(long communityId) {
        var community = community(communityId);
        community.suspend(clock.instant());
        events.publishEvent(new CommunitySuspended(communityId));
        audit.record(AuditAction.COMMUNITY_SUSPENDED, communityId, community.getName());
        return community;
    }

    public Community reinstate(long communityId) {
        var community = community(communityId);
        community.reinstate(clock.instant());
        audit.record(AuditAction.COMMUNITY_REINSTATED, communityId, community.getName());
        return community;
    }

    @Transactional(readOnly = true)
    public Community community(long id) {
        return communities.findById(id).orElseThrow(() -> new NotFound("community", id));
    }

    /** The community, if it is active: what group-buys and orders check before they accept anything. */
    @Transactional(readOnly = true)
    public Community activeCommunity(long id) {
        var community = community(id);
        community.ensureActive();
        return community;
    }

    @Transactional(readOnly = true)
    public Community byInviteCode(String code) {
        var normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return communities.findByInviteCode(normalised).orElseThrow(() -> new UnknownInviteCode(code));
    }

    @Transactional(readOnly = true)
    public Paged<Community> browse(String city, PageQuery page) {
        return communities.findActive(city == null ? "" : city.strip(), page);
    }

    /** {@link #browse}, each with its member count, in one more query. */
    @Transactional(readOnly = true)
    public Paged<ListedCommunity> directory(String city, PageQuery page) {
        var paged = browse(city, page);
        var counts = memberCounts(paged.items().stream().map(Community::getId).toList());
        return paged.map(community -> new ListedCommunity(community, counts.getOrDefault(community.getId(), 0L)));
    }

    /** The community if the member belongs to it, in one query; empty for anyone else. */
    @Transactional(readOnly = true)
    public Optional<Community> joined(long communityId, long memberId) {
        return communities.findJoined(communityId, memberId);
    }

    /** The community, for one of its members. @throws NotAMember for anyone else */
    @Transactional(readOnly = true)
    public Community ofMember(long communityId, long memberId) {
        return joined(communityId, memberId).orElseThrow(() -> new NotAMember(community(communityId).getName()));
    }

    @Transactional(readOnly = true)
    public List<String> cities() {
        return communities.activeCities();
    }

    @Transactional(readOnly = true)
    public List<Community> communitiesOf(long memberId) {
        return communities.findJoinedBy(memberId);
    }

    @Transactional(readOnly = true)
    public boolean isMember(long communityId, long memberId) {
        return memberships.existsByCommunityIdAndMemberId(communityId, memberId);
    }

    @Transactional(readOnly = true)
    public long memberCount(long communityId) {
        return memberships.countByCommunityId(communityId);
    }

    /** Member counts by community id, for lists, in one query; communities without members are absent. */
    @Transactional(readOnly = true)
    public Map<Long, Long> memberCounts(Collection<Long> communityIds) {
        return communityIds.isEmpty() ? Map.of() : memberships.countByCommunityIds(communityIds);
    }

    /** Collisions are vanishingly rare (31⁸ codes); the unique constraint guards the race. */
    private String unusedInviteCode() {
        String code;
        do {
            code = InviteCode.random();
        } while (communities.existsByInviteCode(code));
        return code;
    }
}
