package com.linli.domain.audit;

import java.time.LocalDate;

/**
 * What an admin narrows the audit log to; a null (or blank) field does not filter. The period is
 * whole days in business time, both ends included.
 */
public record AuditFilter(String actor, AuditAction action, AuditTarget targetType, Long targetId,
                          LocalDate from, LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
