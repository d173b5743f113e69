package com.linli.domain.audit;

import java.time.Instant;

import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.Paged;

/** The audit log: appended to, searched, never changed. */
public interface AuditEntries {

    AuditEntry save(AuditEntry entry);

    /**
     * Newest first. {@code actor}: a username, exactly (any case); {@code from} inclusive,
     * {@code until} exclusive; a null argument does not filter.
     */
    Paged<AuditEntry> search(String actor, AuditAction action, AuditTarget targetType, Long targetId,
                             Instant from, Instant until, PageQuery page);
}
