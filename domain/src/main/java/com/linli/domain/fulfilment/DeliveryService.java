package com.linli.domain.fulfilment;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.linli.domain.groupbuy.GroupBuyService;
import com.linli.domain.leader.LeaderService;
import com.linli.domain.order.ItemShortage;
import com.linli.domain.order.OrderFulfilmentService;
import com.linli.domain.shared.NotFound;

/** A leader's deliveries: what is on its way to their pickup point, and signing for it (签收). */
@Service
@Transactional
public class DeliveryService {

    private static final int SIGNED_SHOWN = 10;

    private final Deliveries deliveries;
    private final FulfilmentViews views;
    private final LeaderService leaders;
    private final OrderFulfilmentService orders;
    private final GroupBuyService groupBuys;
    private final Clock clock;

    DeliveryService(Deliveries deliveries, FulfilmentViews views, LeaderService leaders,
                    OrderFulfilmentService orders, GroupBuyService groupBuys, Clock clock) {
        this.deliveries = deliveries;
        this.views = views;
        this.leaders = leaders;
        this.orders = orders;
        this.groupBuys = groupBuys;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public LeaderDeliveries ofLeader(long leaderUserId) {
        return views.deliveries(pickupPointOf(leaderUserId), SIGNED_SHOWN);
    }

    /**
     * 签收 with the quantity received per delivery line (a line not named arrived in full). Shortages
     * come off the latest joiners' orders; a group-buy whose goods have now all arrived is ready, and
     * so are its orders.
     *
     * @return the shortages signed for
     */
    public List<ItemShortage> sign(long leaderUserId, long deliveryId, Map<Long, Integer> received) {
        var communityId = pickupPointOf(leaderUserId);
        var pickupDate = deliveries.findPickupDate(deliveryId, communityId)
                .orElseThrow(() -> new NotFound("delivery", deliveryId));
        var delivery = deliveries.lockAllOf(communityId, pickupDate).stream()
                .filter(candidate -> candidate.getId() == deliveryId).findFirst().orElseThrow();
        var shortages = delivery.sign(received, leaderUserId, clock.instant());
        deliveries.saveAndFlush(delivery);
        var arrived = deliveries.fullyReceived(delivery.groupBuyIds());
        orders.goodsArrived(shortages, arrived, leaderUserId);
        groupBuys.goodsArrived(arrived);
        return shortages;
    }

    private long pickupPointOf(long leaderUserId) {
        return leaders.activeLeader(leaderUserId).getCommunityId();
    }
}
