package com.linli.domain.commission;

import org.springframework.context.MessageSourceResolvable;

/**
 * What a commission rule applies to, declared in precedence order: of the rules in force at a
 * group-buy's cutoff, the one of the first scope here decides a line's rate.
 *
 * <p>Goods come before people. A product's, category's or supplier's rate follows that goods'
 * margin (rice earns a few percent, fruit far more), so it must hold whoever sells it; a leader's
 * rate is an incentive for one leader and replaces only the platform's default. A leader rule
 * therefore never pushes a low-margin product into a loss.
 */
public enum CommissionScope implements MessageSourceResolvable {
    PRODUCT, CATEGORY, SUPPLIER, LEADER, DEFAULT;

    /** Every scope but the platform's default names what it applies to. */
    public boolean hasTarget() {
        return this != DEFAULT;
    }

    @Override
    public String[] getCodes() {
        return new String[] {"commission.scope." + name()};
    }
}
