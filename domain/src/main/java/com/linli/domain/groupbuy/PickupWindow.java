package com.linli.domain.groupbuy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.linli.domain.shared.BusinessTime;

/**
 * Members collect from the pickup date on, for {@code linli.fulfilment.pickup-window-days} days; after
 * that a ready group-buy is completed and what nobody collected is left to the leader as unclaimed.
 */
@Service
@Transactional
public class PickupWindow {

    private final GroupBuys groupBuys;
    private final Clock clock;
    private final int days;

    PickupWindow(GroupBuys groupBuys, Clock clock, @Value("${linli.fulfilment.pickup-window-days:3}") int days) {
        this.groupBuys = groupBuys;
        this.clock = clock;
        this.days = days;
    }

    /** Ready group-buys whose pickup window is over. */
    @Transactional(readOnly = true)
    public List<Long> due() {
        return groupBuys.findReadyIdsPickedUpBefore(today().minusDays(days));
    }

    /** @return whether this call completed it; false when it was not ready (any more) */
    public boolean complete(long groupBuyId) {
        var groupBuy = groupBuys.findForClosing(groupBuyId).orElse(null);
        if (groupBuy == null || groupBuy.getStatus() != GroupBuyStatus.READY) {
            return false;
        }
        groupBuy.complete(today(), days, clock.instant());
        groupBuys.save(groupBuy);
        return true;
    }

    private LocalDate today() {
        return clock.instant().atZone(BusinessTime.ZONE).toLocalDate();
    }
}
