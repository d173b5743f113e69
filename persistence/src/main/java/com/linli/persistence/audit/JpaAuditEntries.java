package com.linli.persistence.audit;

import java.time.Instant;
import java.util.ArrayList;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

import com.linli.domain.audit.AuditAction;
import com.linli.domain.audit.AuditEntries;
import com.linli.domain.audit.AuditEntry;
import com.linli.domain.audit.AuditTarget;
import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.Paged;
import com.linli.persistence.shared.Pages;

/** The {@link AuditEntries} port: a search of Specifications, each filter only when given, newest first. */
interface JpaAuditEntries extends Repository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry>, AuditEntries {

    @Override
    default Paged<AuditEntry> search(String actor, AuditAction action, AuditTarget targetType, Long targetId,
                                     Instant from, Instant until, PageQuery page) {
        var conditions = new ArrayList<Specification<AuditEntry>>();
        if (actor != null) {
            conditions.add((root, query, cb) -> cb.equal(root.get("actorUsername"), actor));
        }
        if (action != null) {
            conditions.add((root, query, cb) -> cb.equal(root.get("action"), action));
        }
        if (targetType != null) {
            conditions.add((root, query, cb) -> cb.equal(root.get("targetType"), targetType));
        }
        if (targetId != null) {
            conditions.add((root, query, cb) -> cb.equal(root.get("targetId"), targetId));
        }
        if (from != null) {
            conditions.add((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("occurredAt"), from));
        }
        if (until != null) {
            conditions.add((root, query, cb) -> cb.lessThan(root.get("occurredAt"), until));
        }
        return Pages.of(findAll(Specification.allOf(conditions),
                Pages.request(page, Sort.by(Sort.Direction.DESC, "occurredAt", "id"))));
    }
}
