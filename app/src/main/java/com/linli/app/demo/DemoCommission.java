package com.linli.app.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import com.linli.app.ApplicationClock;
import com.linli.domain.aftersale.AfterSaleService;
import com.linli.domain.catalog.Product;
import com.linli.domain.commission.CommissionRuleService;
import com.linli.domain.commission.CommissionScope;
import com.linli.domain.commission.Rate;
import com.linli.domain.commission.RuleTerms;
import com.linli.domain.commission.SettlementService;
import com.linli.domain.order.OrderService;
import com.linli.domain.order.OrderStatus;
import com.linli.domain.shared.BusinessTime;
import com.linli.domain.shared.PageQuery;

/**
 * Commission as leaders and admins see it after a while: rules in force since last month (a default
 * rate, some categories, two products), last month's delivered group-buys picked up and their
 * settlements paid, this month's pickups earning, one refund taken back and one waiting, and this
 * month's settlements drafted. Last month happens through the same services as everything else, with
 * the application's clock set back to the tenth of last month while it runs.
 */
@Component
class DemoCommission {

    private final CommissionRuleService rules;
    private final SettlementService settlements;
    private final AfterSaleService afterSale;
    private final OrderService orders;
    private final DemoFulfilment fulfilment;
    private final ApplicationClock clock;

    DemoCommission(CommissionRuleService rules, SettlementService settlements, AfterSaleService afterSale,
                   OrderService orders, DemoFulfilment fulfilment, ApplicationClock clock) {
        this.rules = rules;
        this.settlements = settlements;
        this.afterSale = afterSale;
        this.orders = orders;
        this.fulfilment = fulfilment;
        this.clock = clock;
    }

    /**
     * In force from the tenth of last month on: 8 % by default; fruit 12 %, vegetables 10 %, grain and oil
     * 5 %; and two products of their own, red Fuji apples at 9 % (below their category's) and Shine Muscat
     * grapes at 15 %.
     *
     * @param products the demo catalog, in DemoData's order
     */
    void rules(List<Product> products) {
        inLastMonth(() -> {
            var firstDay = clock.instant().atZone(BusinessTime.ZONE).toLocalDate();
            rule(CommissionScope.DEFAULT, null, "8", firstDay);
            rule(CommissionScope.CATEGORY, products.get(8).getCategoryId(), "12", firstDay);
            rule(CommissionScope.CATEGORY, products.get(0).getCategoryId(), "10", firstDay);
            rule(CommissionScope.CATEGORY, products.get(27).getCategoryId(), "5", firstDay);
            rule(CommissionScope.PRODUCT, products.get(11).getId(), "9", firstDay);
            rule(CommissionScope.PRODUCT, products.get(10).getId(), "15", firstDay);
            return null;
        });
    }

    /** Last month's delivered group-buys, picked up; then each leader's settlement of it, approved and paid. */
    void lastMonth(long adminId, List<DemoFulfilment.Neighbourhood> neighbourhoods, List<Product> products) {
        inLastMonth(() -> {
            fulfilment.load(adminId, neighbourhoods, products);
            return null;
        });
        var period = thisMonth().minusMonths(1);
        for (var draft : settlements.create(adminId, period)) {
            settlements.approve(adminId, draft.settlementId());
            settlements.markPaid(adminId, draft.settlementId(), "CMB-" + period.toString().replace("-", "")
                    + "-" + draft.settlementId());
        }
    }

    /**
     * After this month's pickups: in the first community a refund approved by its leader (its commission
     * taken back) and a request waiting for them; then this month's settlements, drafted.
     */
    void thisMonth(long adminId, List<DemoFulfilment.Neighbourhood> neighbourhoods) {
        var first = neighbourhoods.get(0);
        var refunded = request(first.members().get(0).getId(), "到家发现有两个果子磕坏了，申请退一份。");
        afterSale.approveAsLeader(first.leader().getId(), refunded, "抱歉！已退款，下次给你挑好的。");
        request(first.members().get(2).getId(), "个头比描述的小不少。");
        settlements.create(adminId, thisMonth());
    }

    /** One unit of the first line of the member's latest collected order: the request's id. */
    private long request(long memberId, String reason) {
        var order = orders.mine(memberId, PageQuery.of(0)).items().stream().filter(candidate -> candidate.getStatus() == OrderStatus.PICKED_UP)
                .findFirst().orElseThrow();
        var line = order.getLines().stream().filter(candidate -> candidate.getCollectedQuantity() > 0).findFirst()
                .orElseThrow();
        return afterSale.request(memberId, order.getId(), line.getId(), 1, reason, null).getId();
    }

    private void rule(CommissionScope scope, Long targetId, String percent, LocalDate firstDay) {
        rules.create(new RuleTerms(scope, targetId, Rate.parsePercent(percent), firstDay, null));
    }

    /** Runs the work on the tenth of last month, 10:00 in Beijing, and puts the clock back whatever happens. */
    private <T> T inLastMonth(Supplier<T> work) {
        var then = thisMonth().minusMonths(1).atDay(10).atTime(LocalTime.of(10, 0)).atZone(BusinessTime.ZONE)
                .toInstant();
        var back = Duration.between(then, clock.instant());
        clock.advance(back.negated());
        try {
            return work.get();
        } finally {
            clock.advance(back);
        }
    }

    private YearMonth thisMonth() {
        return YearMonth.from(clock.instant().atZone(BusinessTime.ZONE));
    }
}
