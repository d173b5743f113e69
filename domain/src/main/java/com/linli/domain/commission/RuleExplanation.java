package com.linli.domain.commission;

import java.time.Instant;
import java.util.List;

/**
 * Which rule applies today to a product sold by a leader, and why: every scope in precedence order
 * with the rule in force for it, if any; the first such rule applies.
 *
 * @param rate the rate that applies: the first step's that has a rule, 0 % when none has
 */
public record RuleExplanation(ProductFacts product, Choice leader, Instant at, List<Step> steps, Rate rate) {

    public RuleExplanation {
        steps = List.copyOf(steps);
    }

    /** @param target what the scope looks at for this product and leader, named; rule null when none is in force */
    public record Step(CommissionScope scope, String target, RuleInForce rule, boolean applies) {
    }
}
