package com.linli.domain.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One line of the audit log: who did what to which record and when. Written once and never
 * changed; the database refuses updates and deletes. No actor: the platform itself.
 */
@Entity
@Table(name = "audit_entries")
public class AuditEntry {

    static final int SUMMARY_LENGTH = 500;

    @Id
    @GeneratedValue(generator = "audit_entries_seq")
    @SequenceGenerator(name = "audit_entries_seq", sequenceName = "audit_entries_seq", allocationSize = 50)
    private Long id;

    private Instant occurredAt;

    private Long actorId;

    private String actorUsername;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    @Enumerated(EnumType.STRING)
    private AuditTarget targetType;

    private long targetId;

    private String summary;

    protected AuditEntry() {
    }

    private AuditEntry(Actor actor, AuditAction action, long targetId, String summary, Instant now) {
        this.occurredAt = now;
        this.actorId = actor == null ? null : actor.userId();
        this.actorUsername = actor == null ? null : actor.username();
        this.action = action;
        this.targetType = action.target();
        this.targetId = targetId;
        this.summary = fit(summary);
    }

    /** @param actor null for the platform's own work */
    public static AuditEntry of(Actor actor, AuditAction action, long targetId, String summary, Instant now) {
        return new AuditEntry(actor, action, targetId, summary, now);
    }

    /** The record's name or the reason, cut to fit: the log must never refuse the action it records. */
    private static String fit(String summary) {
        var text = summary == null ? "" : summary.strip();
        return text.length() <= SUMMARY_LENGTH ? text : text.substring(0, SUMMARY_LENGTH - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorId() {
        return actorId;
    }

    /** Null for the platform's own work. */
    public String getActorUsername() {
        return actorUsername;
    }

    public AuditAction getAction() {
        return action;
    }

    public AuditTarget getTargetType() {
        return targetType;
    }

    public long getTargetId() {
        return targetId;
    }

    public String getSummary() {
        return summary;
    }
}
