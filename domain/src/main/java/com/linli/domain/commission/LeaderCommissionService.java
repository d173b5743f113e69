package com.linli.domain.commission;

import java.time.Clock;
import java.time.YearMonth;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.linli.domain.leader.LeaderService;
import com.linli.domain.shared.BusinessTime;
import com.linli.domain.shared.PageQuery;

/** A leader's own commission ledger; nobody else's is reachable from here. */
@Service
@Transactional(readOnly = true)
public class LeaderCommissionService {

    static final int GROUP_BUYS_SHOWN = 10;
    static final int SETTLEMENTS_SHOWN = 12;

    private final CommissionViews views;
    private final LeaderService leaders;
    private final Clock clock;

    LeaderCommissionService(CommissionViews views, LeaderService leaders, Clock clock) {
        this.views = views;
        this.leaders = leaders;
        this.clock = clock;
    }

    /** @param page of the lines, newest first */
    public LeaderCommissions of(long leaderUserId, PageQuery page) {
        leaders.activeLeader(leaderUserId);
        var month = YearMonth.from(clock.instant().atZone(BusinessTime.ZONE));
        var totals = views.leaderTotals(leaderUserId, month.atDay(1).atStartOfDay(BusinessTime.ZONE).toInstant());
        return new LeaderCommissions(month, totals.earnedThisMonth(), totals.pending(), totals.settled(),
                views.leaderGroupBuys(leaderUserId, GROUP_BUYS_SHOWN), views.leaderEntries(leaderUserId, page),
                views.leaderSettlements(leaderUserId, SETTLEMENTS_SHOWN));
    }
}
