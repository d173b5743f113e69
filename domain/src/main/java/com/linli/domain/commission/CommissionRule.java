package com.linli.domain.commission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.linli.domain.shared.BusinessTime;

/**
 * 佣金规则: a rate for one scope and target over whole days in business time. A rule never starts in
 * the past and its rate never changes: the rates frozen at past cutoffs stay explained by the rules
 * of their time. To change a rate, end the rule and add a new one; two rules of the same scope and
 * target are never in force at once (the database refuses it too).
 */
@Entity
@Table(name = "commission_rules")
public class CommissionRule {

    /** How far ahead a rule may be planned: far beyond any business plan, far below absurd. */
    static final int MAX_YEARS_AHEAD = 10;

    @Id
    @GeneratedValue(generator = "commission_rules_seq")
    @SequenceGenerator(name = "commission_rules_seq", sequenceName = "commission_rules_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    private CommissionScope scope;

    private Long targetId;

    @Column(name = "rate_bp")
    private int rateBasisPoints;

    private Instant effectiveFrom;

    /** Exclusive; null while the rule has no end. */
    private Instant effectiveUntil;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected CommissionRule() {
    }

    private CommissionRule(RuleTerms terms, Instant now) {
        this.scope = terms.scope();
        this.targetId = terms.targetId();
        this.rateBasisPoints = terms.rate().basisPoints();
        this.effectiveFrom = startOf(terms.firstDay());
        this.effectiveUntil = terms.lastDay() == null ? null : startOf(terms.lastDay().plusDays(1));
        this.createdAt = now;
        this.updatedAt = now;
    }

    public static CommissionRule create(RuleTerms terms, Instant now) {
        if (terms.scope() == null) {
            throw new CommissionRejected("commission.scope-required");
        }
        if (terms.scope().hasTarget() != (terms.targetId() != null)) {
            throw new CommissionRejected(terms.scope().hasTarget() ? "commission.target-required"
                    : "commission.target-not-allowed");
        }
        if (terms.rate() == null) {
            throw new CommissionRejected("commission.rate-invalid");
        }
        var today = today(now);
        if (terms.firstDay() == null || terms.firstDay().isBefore(today)) {
            throw new CommissionRejected("commission.first-day-past");
        }
        requireWithinReach(terms.firstDay(), today, "commission.first-day-too-far");
        if (terms.lastDay() != null) {
            requireWithinReach(terms.lastDay(), today, "commission.last-day-too-far");
            if (terms.lastDay().isBefore(terms.firstDay())) {
                throw new CommissionRejected("commission.last-day-before-first");
            }
        }
        return new CommissionRule(terms, now);
    }

    /** The rule is in force until the end of {@code lastDay}, which may be earlier or later than before. */
    public void endOn(LocalDate lastDay, Instant now) {
        var today = today(now);
        if (effectiveUntil != null && !effectiveUntil.isAfter(now)) {
            throw new CommissionRejected("commission.rule-ended");
        }
        if (lastDay == null || lastDay.isBefore(today)) {
            throw new CommissionRejected("commission.last-day-past");
        }
        requireWithinReach(lastDay, today, "commission.last-day-too-far");
        if (lastDay.isBefore(getFirstDay())) {
            throw new CommissionRejected("commission.last-day-before-first");
        }
        effectiveUntil = startOf(lastDay.plusDays(1));
        updatedAt = now;
    }

    /** Same scope and target, and some moment when both are in force. */
    public boolean overlaps(CommissionRule other) {
        return scope == other.scope && Objects.equals(targetId, other.targetId)
                && (other.effectiveUntil == null || effectiveFrom.isBefore(other.effectiveUntil))
                && (effectiveUntil == null || other.effectiveFrom.isBefore(effectiveUntil));
    }

    public boolean isInForceAt(Instant at) {
        return !effectiveFrom.isAfter(at) && (effectiveUntil == null || effectiveUntil.isAfter(at));
    }

    private static void requireWithinReach(LocalDate day, LocalDate today, String code) {
        if (day.isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
            throw new CommissionRejected(code, MAX_YEARS_AHEAD);
        }
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(BusinessTime.ZONE).toInstant();
    }

    private static LocalDate today(Instant now) {
        return now.atZone(BusinessTime.ZONE).toLocalDate();
    }

    public Long getId() {
        return id;
    }

    public CommissionScope getScope() {
        return scope;
    }

    /** Null for the platform's default. */
    public Long getTargetId() {
        return targetId;
    }

    public Rate getRate() {
        return new Rate(rateBasisPoints);
    }

    public LocalDate getFirstDay() {
        return effectiveFrom.atZone(BusinessTime.ZONE).toLocalDate();
    }

    /** The last day in force; null while the rule has no end. */
    public LocalDate getLastDay() {
        return effectiveUntil == null ? null : effectiveUntil.atZone(BusinessTime.ZONE).toLocalDate().minusDays(1);
    }
}
