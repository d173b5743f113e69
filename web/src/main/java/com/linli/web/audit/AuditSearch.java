package com.linli.web.audit;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import com.linli.domain.audit.AuditAction;
import com.linli.domain.audit.AuditFilter;
import com.linli.domain.audit.AuditTarget;
import com.linli.domain.shared.PlainText;

/**
 * The audit log's search form: who, what, which record, which days; empty fields do not filter.
 * A bean rather than a record, so that a field that does not parse stays empty (and is shown as
 * wrong) while the others still bind.
 */
class AuditSearch {

    @PlainText
    private String actor;
    private AuditAction action;
    private AuditTarget target;
    private Long targetId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    AuditFilter filter() {
        return new AuditFilter(actor, action, target, targetId, from, to);
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public AuditTarget getTarget() {
        return target;
    }

    public void setTarget(AuditTarget target) {
        this.target = target;
    }

    public Long getTargetId() {
        return targetId;
    }

    public void setTargetId(Long targetId) {
        this.targetId = targetId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
