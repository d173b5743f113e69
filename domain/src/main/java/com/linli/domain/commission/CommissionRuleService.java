package com.linli.domain.commission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.linli.domain.audit.AuditAction;
import com.linli.domain.audit.AuditLog;
import com.linli.domain.shared.NotFound;
import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.Paged;

/** Commission rules for admins: added, ended, listed, and explained for a product and a leader. Audited. */
@Service
@Transactional
public class CommissionRuleService {

    private final CommissionRules rules;
    private final CommissionRates rates;
    private final CommissionViews views;
    private final AuditLog audit;
    private final Clock clock;

    CommissionRuleService(CommissionRules rules, CommissionRates rates, CommissionViews views, AuditLog audit,
                          Clock clock) {
        this.rules = rules;
        this.rates = rates;
        this.views = views;
        this.audit = audit;
        this.clock = clock;
    }

    public CommissionRule create(RuleTerms terms) {
        var rule = CommissionRule.create(terms, clock.instant());
        var target = targetOf(rule);
        refuseOverlaps(rule, rules.findSameTarget(rule.getScope(), rule.getTargetId()));
        var saved = saved(rule);
        audit.record(AuditAction.COMMISSION_RULE_CREATED, saved.getId(), summary(saved, target));
        return saved;
    }

    /** The rule stays in force to the end of {@code lastDay}: ended early, or later than planned. */
    public CommissionRule end(long ruleId, LocalDate lastDay) {
        var rule = rules.findForChange(ruleId).orElseThrow(() -> new NotFound("commission rule", ruleId));
        // read before the change: a query would flush it, and the database refuse it, before we could say why
        var others = rules.findSameTarget(rule.getScope(), rule.getTargetId());
        rule.endOn(lastDay, clock.instant());
        refuseOverlaps(rule, others);
        var saved = saved(rule);
        audit.record(AuditAction.COMMISSION_RULE_ENDED, saved.getId(), summary(saved, targetOf(saved)));
        return saved;
    }

    @Transactional(readOnly = true)
    public Paged<RuleRow> list(boolean ended, PageQuery page) {
        return views.rules(ended, clock.instant(), page);
    }

    @Transactional(readOnly = true)
    public RuleChoices choices() {
        return views.ruleChoices();
    }

    /** Which rule applies today to the product sold by the leader, scope by scope. */
    @Transactional(readOnly = true)
    public RuleExplanation explain(long productId, long leaderUserId) {
        var product = views.product(productId).orElseThrow(() -> new NotFound("product", productId));
        var leader = views.leader(leaderUserId).orElseThrow(() -> new NotFound("leader", leaderUserId));
        var now = clock.instant();
        var inForce = rates.inForce(productId, leaderUserId, now);
        var steps = new ArrayList<RuleExplanation.Step>();
        Rate applied = null;
        for (var scope : CommissionScope.values()) {
            var rule = inForce.stream().filter(candidate -> candidate.scope() == scope).findFirst().orElse(null);
            var applies = rule != null && applied == null;
            if (applies) {
                applied = rule.rate();
            }
            steps.add(new RuleExplanation.Step(scope, switch (scope) {
                case PRODUCT -> product.name();
                case CATEGORY -> product.categoryName();
                case SUPPLIER -> product.supplierName();
                case LEADER -> leader.name();
                case DEFAULT -> null;
            }, rule, applies));
        }
        return new RuleExplanation(product, leader, now, steps, applied == null ? Rate.ZERO : applied);
    }

    private String targetOf(CommissionRule rule) {
        if (!rule.getScope().hasTarget()) {
            return null;
        }
        return views.targetName(rule.getScope(), rule.getTargetId())
                .orElseThrow(() -> new CommissionRejected("commission.target-unknown"));
    }

    private static void refuseOverlaps(CommissionRule rule, List<CommissionRule> others) {
        if (others.stream().anyMatch(other -> !other.getId().equals(rule.getId()) && rule.overlaps(other))) {
            throw new CommissionRejected("commission.rule-overlaps");
        }
    }

    /** Two admins adding overlapping rules at once: both passed the check, the database lets one through. */
    private CommissionRule saved(CommissionRule rule) {
        try {
            return rules.saveAndFlush(rule);
        } catch (DataIntegrityViolationException e) {
            throw new CommissionRejected("commission.rule-overlaps");
        }
    }

    private static String summary(CommissionRule rule, String target) {
        return rule.getScope() + (target == null ? "" : " " + target) + " · " + rule.getRate() + " · "
                + rule.getFirstDay() + " – " + (rule.getLastDay() == null ? "" : rule.getLastDay());
    }
}
