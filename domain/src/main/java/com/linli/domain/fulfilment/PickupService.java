package com.linli.domain.fulfilment;

import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.linli.domain.leader.LeaderService;
import com.linli.domain.order.OrderFulfilmentService;
import com.linli.domain.order.OrderStatus;

/**
 * 核销 at the leader's pickup point: a code finds the member's order, the leader hands the goods over
 * and collects the amount. Codes of other points are simply not there; every code that opens no
 * waiting order counts against the leader's attempts, so the code space cannot be walked. What
 * nobody collected within the pickup window is collected late or returned.
 */
@Service
@Transactional
public class PickupService {

    private static final Pattern CODE = Pattern.compile("\\d{6}");
    private static final int UNCLAIMED_SHOWN = 100;

    private final FulfilmentViews views;
    private final PickupAttempts attempts;
    private final LeaderService leaders;
    private final OrderFulfilmentService orders;

    PickupService(FulfilmentViews views, PickupAttempts attempts, LeaderService leaders,
                  OrderFulfilmentService orders) {
        this.views = views;
        this.attempts = attempts;
        this.leaders = leaders;
        this.orders = orders;
    }

    @Transactional(readOnly = true)
    public PickupDesk desk(long leaderUserId) {
        var communityId = pickupPointOf(leaderUserId);
        return new PickupDesk(views.waiting(communityId), views.unclaimed(communityId, UNCLAIMED_SHOWN));
    }

    /** The order waiting for this code at the leader's point, to show before handing over. */
    @Transactional(readOnly = true)
    public PickupOrder find(long leaderUserId, String code) {
        return waiting(leaderUserId, pickupPointOf(leaderUserId), code);
    }

    /** Hands the order of this code over: picked up and, paying at pickup, paid. */
    public PickupOrder handOver(long leaderUserId, String code) {
        var communityId = pickupPointOf(leaderUserId);
        var order = waiting(leaderUserId, communityId, code);
        orders.pickUp(communityId, order.orderId(), leaderUserId);
        return order;
    }

    public void collectLate(long leaderUserId, long orderId) {
        orders.collectLate(pickupPointOf(leaderUserId), orderId, leaderUserId);
    }

    public void returnUnclaimed(long leaderUserId, long orderId) {
        orders.returnUnclaimed(pickupPointOf(leaderUserId), orderId, leaderUserId);
    }

    private PickupOrder waiting(long leaderUserId, long communityId, String code) {
        var normalised = code == null ? "" : code.replace(" ", "");
        if (!CODE.matcher(normalised).matches()) {
            throw new FulfilmentRejected("fulfilment.pickup.code-malformed");
        }
        var wait = attempts.waitBeforeNext(leaderUserId);
        if (!wait.isZero()) {
            throw new FulfilmentRejected("fulfilment.pickup.too-many-attempts", (wait.toSeconds() + 59) / 60);
        }
        var order = views.orderByCode(communityId, normalised).orElse(null);
        if (order == null) {
            attempts.failed(leaderUserId);
            throw new FulfilmentRejected("fulfilment.pickup.code-unknown", normalised);
        }
        if (order.status() == OrderStatus.CONFIRMED) {
            throw new FulfilmentRejected("fulfilment.pickup.not-arrived", order.groupBuyTitle());
        }
        if (order.status() != OrderStatus.READY_FOR_PICKUP) {
            attempts.failed(leaderUserId);
            throw new FulfilmentRejected("fulfilment.pickup.code-used", normalised, order.status());
        }
        return order;
    }

    private long pickupPointOf(long leaderUserId) {
        return leaders.activeLeader(leaderUserId).getCommunityId();
    }
}
