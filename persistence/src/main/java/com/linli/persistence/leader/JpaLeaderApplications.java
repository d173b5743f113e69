package com.linli.persistence.leader;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import com.linli.domain.leader.ApplicationSummary;
import com.linli.domain.leader.LeaderApplication;
import com.linli.domain.leader.LeaderApplications;
import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.Paged;
import com.linli.persistence.shared.Pages;

interface JpaLeaderApplications extends Repository<LeaderApplication, Long>, LeaderApplications {

    @Override
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from LeaderApplication a where a.id = :id")
    Optional<LeaderApplication> findForDecision(Long id);

    @Override
    default Paged<ApplicationSummary> findPending(PageQuery page) {
        return Pages.of(pendingPage(Pages.request(page, Sort.unsorted())));
    }

    @Override
    default List<ApplicationSummary> findRecentlyDecided(int limit) {
        return recentlyDecided(Limit.of(limit));
    }

    @Query(value = """
            select new com.linli.domain.leader.ApplicationSummary(a, u.displayName, u.phone)
            from LeaderApplication a join User u on u.id = a.applicantId
            where a.status = com.linli.domain.leader.ApplicationStatus.PENDING
            order by a.createdAt, a.id""",
            countQuery = """
            select count(a) from LeaderApplication a
            where a.status = com.linli.domain.leader.ApplicationStatus.PENDING""")
    Page<ApplicationSummary> pendingPage(Pageable pageable);

    @Query("""
            select new com.linli.domain.leader.ApplicationSummary(a, u.displayName, u.phone)
            from LeaderApplication a join User u on u.id = a.applicantId
            where a.status <> com.linli.domain.leader.ApplicationStatus.PENDING
            order by a.decidedAt desc, a.id desc""")
    List<ApplicationSummary> recentlyDecided(Limit limit);
}
