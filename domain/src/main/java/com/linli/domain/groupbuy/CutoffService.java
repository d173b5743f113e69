package com.linli.domain.groupbuy;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.linli.domain.shared.NotFound;

/**
 * 截单: closes a group-buy with the sold totals as committed, in one transaction with everything
 * that follows from it (orders decided, pickup codes, notifications). The scheduler and a leader's
 * early close take the same path; the row lock makes a second, concurrent close a no-op.
 */
@Service
@Transactional
public class CutoffService {

    private final GroupBuys groupBuys;
    private final Stock stock;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CutoffService(GroupBuys groupBuys, Stock stock, ApplicationEventPublisher events, Clock clock) {
        this.groupBuys = groupBuys;
        this.stock = stock;
        this.events = events;
        this.clock = clock;
    }

    /** @return whether this call closed it; false when it was no longer open (closed by someone else) */
    public boolean close(long groupBuyId) {
        var groupBuy = groupBuys.findForClosing(groupBuyId).orElseThrow(() -> new NotFound("groupbuy", groupBuyId));
        if (groupBuy.getStatus() != GroupBuyStatus.OPEN) {
            return false;
        }
        groupBuy.close(stock.soldByItem(groupBuyId), clock.instant());
        groupBuys.save(groupBuy);
        groupBuy.pullEvents().forEach(events::publishEvent);
        return true;
    }

    @Transactional(readOnly = true)
    public List<Long> due() {
        return groupBuys.findDueIds(clock.instant());
    }
}
