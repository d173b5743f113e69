package com.linli.domain.leader;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.linli.domain.audit.AuditAction;
import com.linli.domain.audit.AuditLog;
import com.linli.domain.community.Community;
import com.linli.domain.community.CommunityService;
import com.linli.domain.community.JoinCommunity;
import com.linli.domain.identity.IdentityService;
import com.linli.domain.identity.Role;
import com.linli.domain.shared.NotFound;
import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.Paged;

/**
 * Leader onboarding (apply, approve, reject), leader suspension, and the leader's own community.
 * Admins' decisions are audited.
 */
@Service
@Transactional
public class LeaderService {

    private static final int RECENT_DECISIONS = 20;

    private final LeaderApplications applications;
    private final Leaders leaders;
    private final CommunityService communities;
    private final IdentityService identity;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    LeaderService(LeaderApplications applications, Leaders leaders, CommunityService communities,
                  IdentityService identity, ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.applications = applications;
        this.leaders = leaders;
        this.communities = communities;
        this.identity = identity;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    public LeaderApplication submit(SubmitApplication command) {
        if (leaders.existsByUserId(command.applicantId())) {
            throw new AlreadyALeader();
        }
        if (applications.existsByApplicantIdAndStatus(command.applicantId(), ApplicationStatus.PENDING)) {
            throw new ApplicationAlreadyPending();
        }
        try {
            return applications.saveAndFlush(
                    LeaderApplication.submit(command.applicantId(), command.proposal(), clock.instant()));
        } catch (DataIntegrityViolationException e) {
            // sent twice at once: both passed the check above, the one-pending index lets one through
            throw new ApplicationAlreadyPending();
        }
    }

    /**
     * Founds the proposed community with its pickup point, makes the applicant its leader and
     * first member, and gives them the LEADER role (effective from their next sign-in).
     */
    public Community approve(ApproveApplication command) {
        var application = application(command.applicationId());
        application.approve(command.adminId(), clock.instant());
        var applicantId = application.getApplicantId();
        if (leaders.existsByUserId(applicantId)) {
            throw new AlreadyALeader();
        }
        var community = communities.found(application.founding());
        var leader = leaders.save(Leader.appoint(applicantId, community.getId(), clock.instant()));
        communities.join(new JoinCommunity(community.getId(), applicantId, null));
        identity.grant(applicantId, Role.LEADER);
        events.publishEvent(new LeaderAppointed(leader.getId(), applicantId, community.getId()));
        audit.record(AuditAction.LEADER_APPLICATION_APPROVED, application.getId(), community.getName());
        return community;
    }

    public LeaderApplication reject(RejectApplication command) {
        var application = application(command.applicationId());
        application.reject(command.adminId(), command.reason(), clock.instant());
        audit.record(AuditAction.LEADER_APPLICATION_REJECTED, application.getId(),
                application.getCommunityName() + ": " + application.getRejectionReason());
        return application;
    }

    public Leader suspend(long leaderId) {
        var leader = leader(leaderId);
        leader.suspend(clock.instant());
        return audited(AuditAction.LEADER_SUSPENDED, leader);
    }

    public Leader reinstate(long leaderId) {
        var leader = leader(leaderId);
        leader.reinstate(clock.instant());
        return audited(AuditAction.LEADER_REINSTATED, leader);
    }

    /** Named by the community the leader runs. */
    private Leader audited(AuditAction action, Leader leader) {
        audit.record(action, leader.getId(), communities.community(leader.getCommunityId()).getName());
        return leader;
    }

    /** A new invite code for the leader's own community; any other community is not found. */
    public Community regenerateInviteCode(long leaderUserId, long communityId) {
        return communities.regenerateInviteCode(ownCommunity(leaderUserId, communityId).getId());
    }

    @Transactional(readOnly = true)
    public Optional<LeaderApplication> latestApplicationOf(long applicantId) {
        return applications.findFirstByApplicantIdOrderByCreatedAtDesc(applicantId);
    }

    @Transactional(readOnly = true)
    public Paged<ApplicationSummary> pendingApplications(PageQuery page) {
        return applications.findPending(page);
    }

    @Transactional(readOnly = true)
    public List<ApplicationSummary> recentlyDecidedApplications() {
        return applications.findRecentlyDecided(RECENT_DECISIONS);
    }

    /** The signed-in user as an active leader; not found for non-leaders, refused while suspended. */
    @Transactional(readOnly = true)
    public Leader activeLeader(long userId) {
        var leader = leaders.findByUserId(userId).orElseThrow(() -> new NotFound("leader", userId));
        leader.ensureActive();
        return leader;
    }

    @Transactional(readOnly = true)
    public Community communityLedBy(long userId) {
        return communities.community(activeLeader(userId).getCommunityId());
    }

    /** The community of that id if the active leader leads it; anyone else's is simply not found. */
    @Transactional(readOnly = true)
    public Community ownCommunity(long leaderUserId, long communityId) {
        if (activeLeader(leaderUserId).getCommunityId() != communityId) {
            throw new NotFound("community", communityId);
        }
        return communities.community(communityId);
    }

    @Transactional(readOnly = true)
    public Paged<CommunityOverview> communities(String city, PageQuery page) {
        return leaders.overview(city == null ? "" : city.strip(), page);
    }

    /** Locked: two admins deciding at once take turns, and the second finds it decided. */
    private LeaderApplication application(long id) {
        return applications.findForDecision(id).orElseThrow(() -> new NotFound("leader application", id));
    }

    private Leader leader(long id) {
        return leaders.findById(id).orElseThrow(() -> new NotFound("leader", id));
    }
}
