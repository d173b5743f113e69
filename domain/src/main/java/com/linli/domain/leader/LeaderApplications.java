package com.linli.domain.leader;

import java.util.List;
import java.util.Optional;

import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.Paged;

/** Applications to become a leader. */
public interface LeaderApplications {

    /** Loads an application holding an exclusive lock until the transaction ends: one decision at a time. */
    Optional<LeaderApplication> findForDecision(Long id);

    boolean existsByApplicantIdAndStatus(long applicantId, ApplicationStatus status);

    Optional<LeaderApplication> findFirstByApplicantIdOrderByCreatedAtDesc(long applicantId);

    /** Pending applications, oldest first, with their applicants. */
    Paged<ApplicationSummary> findPending(PageQuery page);

    /** The latest decisions, newest first, with their applicants. */
    List<ApplicationSummary> findRecentlyDecided(int limit);

    LeaderApplication save(LeaderApplication application);

    /** Inserts now, so a second pending application sent at the same moment is refused here and not at commit. */
    LeaderApplication saveAndFlush(LeaderApplication application);
}
