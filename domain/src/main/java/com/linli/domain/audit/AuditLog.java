package com.linli.domain.audit;

import java.time.Clock;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.linli.domain.shared.BusinessTime;
import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.Paged;

/**
 * Every admin action is recorded here by the service that performs it, with the current actor.
 * Recording joins the action's transaction and refuses to run without one, so an action never
 * commits without its entry, nor an entry without its action.
 */
@Service
public class AuditLog {

    private final AuditEntries entries;
    private final CurrentActor actor;
    private final Clock clock;

    AuditLog(AuditEntries entries, CurrentActor actor, Clock clock) {
        this.entries = entries;
        this.actor = actor;
        this.clock = clock;
    }

    /** @param summary what a reader needs to recognise the record (its name) or the decision (a reason) */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, long targetId, String summary) {
        entries.save(AuditEntry.of(actor.current().orElse(null), action, targetId, summary, clock.instant()));
    }

    @Transactional(readOnly = true)
    public Paged<AuditEntry> search(AuditFilter filter, PageQuery page) {
        var actorName = filter.actor() == null || filter.actor().isBlank()
                ? null : filter.actor().strip().toLowerCase(Locale.ROOT);
        var from = filter.from() == null ? null : filter.from().atStartOfDay(BusinessTime.ZONE).toInstant();
        var until = filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant();
        return entries.search(actorName, filter.action(), filter.targetType(), filter.targetId(), from, until, page);
    }
}
