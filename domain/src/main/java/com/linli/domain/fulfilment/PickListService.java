package com.linli.domain.fulfilment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.linli.domain.leader.LeaderService;
import com.linli.domain.shared.BusinessTime;
import com.linli.domain.shared.NotFound;

/** 分拣单 of the leader's pickup point: per pickup date or per group-buy. */
@Service
@Transactional(readOnly = true)
public class PickListService {

    private static final int DAYS_AROUND = 14;

    private final FulfilmentViews views;
    private final LeaderService leaders;
    private final Clock clock;

    PickListService(FulfilmentViews views, LeaderService leaders, Clock clock) {
        this.views = views;
        this.leaders = leaders;
        this.clock = clock;
    }

    /** @param pickupDate null for the next pickup date from today, else the latest one */
    public PickList ofDate(long leaderUserId, LocalDate pickupDate) {
        var communityId = leaders.activeLeader(leaderUserId).getCommunityId();
        var today = clock.instant().atZone(BusinessTime.ZONE).toLocalDate();
        var dates = views.pickupDates(communityId, today.minusDays(DAYS_AROUND), today.plusDays(DAYS_AROUND));
        var date = pickupDate != null ? pickupDate
                : dates.stream().filter(candidate -> !candidate.isBefore(today)).findFirst()
                        .orElse(dates.isEmpty() ? today : dates.get(dates.size() - 1));
        return PickList.of(date, null, dates, views.pickListOfDate(communityId, date));
    }

    public PickList ofGroupBuy(long leaderUserId, long groupBuyId) {
        var communityId = leaders.activeLeader(leaderUserId).getCommunityId();
        var heading = views.groupBuy(communityId, groupBuyId).orElseThrow(() -> new NotFound("groupbuy", groupBuyId));
        return PickList.of(heading.pickupDate(), heading.title(), List.of(),
                views.pickListOfGroupBuy(communityId, groupBuyId));
    }
}
