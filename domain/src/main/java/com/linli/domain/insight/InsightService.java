package com.linli.domain.insight;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.linli.domain.leader.LeaderService;
import com.linli.domain.shared.BusinessTime;
import com.linli.domain.shared.Money;
import com.linli.domain.shared.NotFound;
import com.linli.domain.shared.PageQuery;

/** The dashboards: figures read from what orders, fulfilment and commission own, never changing any of it. */
@Service
@Transactional(readOnly = true)
public class InsightService {

    static final int TOP = 10;
    static final int LEADER_TOP_PRODUCTS = 5;
    static final Duration REPURCHASE_WINDOW = Duration.ofDays(30);

    private final InsightViews views;
    private final LeaderService leaders;
    private final Clock clock;

    InsightService(InsightViews views, LeaderService leaders, Clock clock) {
        this.views = views;
        this.leaders = leaders;
        this.clock = clock;
    }

    public LocalDate today() {
        return clock.instant().atZone(BusinessTime.ZONE).toLocalDate();
    }

    /** @throws NotFound for a community that does not exist */
    public AdminDashboard adminDashboard(Period period, Scope scope) {
        var communityName = scope.communityId() == null ? null
                : views.communityName(scope.communityId()).orElseThrow(() -> new NotFound("community", scope.communityId()));
        var from = period.start();
        var to = period.end();
        var sales = views.salesMix(scope, from, to, TOP);
        var products = views.productMix(scope, from, to, TOP);
        return new AdminDashboard(period, scope, communityName, views.cities(),
                views.figures(scope, from, to, to.minus(REPURCHASE_WINDOW)), everyDay(period, sales.days()),
                sales.communities(), sales.leaders(), products.products(), products.categories());
    }

    /** One row per day of the period, days without confirmed orders at zero, so a chart's axis has no gaps. */
    private static List<DaySales> everyDay(Period period, List<DaySales> sold) {
        var days = new ArrayList<DaySales>(period.days());
        var next = sold.iterator();
        var current = next.hasNext() ? next.next() : null;
        for (var day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
            if (current != null && current.day().equals(day)) {
                days.add(current);
                current = next.hasNext() ? next.next() : null;
            } else {
                days.add(new DaySales(day, Money.ZERO, 0));
            }
        }
        return days;
    }

    /** The signed-in leader's own community; a suspended leader is refused like everywhere in the workspace. */
    public LeaderDashboard leaderDashboard(long leaderUserId, PageQuery memberPage) {
        var led = leaders.communityLedBy(leaderUserId);
        var community = led.getId();
        var now = clock.instant();
        var today = now.atZone(BusinessTime.ZONE).toLocalDate();
        var month = YearMonth.from(today);
        var monthStart = month.atDay(1).atStartOfDay(BusinessTime.ZONE).toInstant();
        // the rollups count whole days; nothing is placed after now, so up to tomorrow is up to now, and the
        // last 30 days are today and the 29 before
        var tomorrow = today.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant();
        var pickups = views.pickupsOn(community, today);
        var sales = views.sales(community, monthStart, tomorrow);
        return new LeaderDashboard(led, today, month, pickups[0], pickups[1], views.openGroupBuys(community),
                Money.ofFen(sales[0]), sales[1], Money.ofFen(views.commission(leaderUserId, monthStart, now)),
                views.members(community, monthStart, tomorrow, tomorrow.minus(REPURCHASE_WINDOW)),
                views.topProducts(Scope.community(community), monthStart, tomorrow, LEADER_TOP_PRODUCTS),
                views.memberList(community, memberPage));
    }
}
