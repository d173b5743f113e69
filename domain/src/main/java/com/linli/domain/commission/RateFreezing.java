package com.linli.domain.commission;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.linli.domain.groupbuy.GroupBuyClosed;

/**
 * 截单 freezes the commission rate on every order line, in the cutoff's own transaction: the rule in
 * force at the cutoff applies, and no later rule change ever reaches the line.
 */
@Component
class RateFreezing {

    private final CommissionRates rates;

    RateFreezing(CommissionRates rates) {
        this.rates = rates;
    }

    @EventListener
    void freeze(GroupBuyClosed closed) {
        rates.freeze(closed.groupBuyId(), closed.closedAt());
    }
}
