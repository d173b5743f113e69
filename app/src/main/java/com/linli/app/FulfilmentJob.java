package com.linli.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.linli.domain.fulfilment.PurchaseOrderService;
import com.linli.domain.groupbuy.PickupWindow;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * After the cutoff, on one node at a time: gathers into purchase orders what was not gathered right
 * after its cutoff (a crash, a failure), and completes the group-buys whose pickup window is over.
 * Each group-buy in its own transaction, so one failure holds up no other and the next run retries it.
 */
@Component
class FulfilmentJob {

    private static final Logger log = LoggerFactory.getLogger(FulfilmentJob.class);

    private final PurchaseOrderService purchaseOrders;
    private final PickupWindow pickupWindow;

    FulfilmentJob(PurchaseOrderService purchaseOrders, PickupWindow pickupWindow) {
        this.purchaseOrders = purchaseOrders;
        this.pickupWindow = pickupWindow;
    }

    @Scheduled(fixedDelayString = "${linli.fulfilment.interval:PT5M}")
    @SchedulerLock(name = "fulfilment", lockAtMostFor = "PT10M")
    void run() {
        gatherMissed();
        completePickupWindows();
    }

    void gatherMissed() {
        for (var groupBuyId : purchaseOrders.ungathered()) {
            try {
                log.info("Gathered {} purchase-order lines of group-buy {} missed after its cutoff",
                        purchaseOrders.gather(groupBuyId), groupBuyId);
            } catch (RuntimeException e) {
                log.error("Could not gather group-buy {}; the next run tries again", groupBuyId, e);
            }
        }
    }

    void completePickupWindows() {
        for (var groupBuyId : pickupWindow.due()) {
            try {
                if (pickupWindow.complete(groupBuyId)) {
                    log.info("Completed group-buy {} at the end of its pickup window", groupBuyId);
                }
            } catch (RuntimeException e) {
                log.error("Could not complete group-buy {}; the next run tries again", groupBuyId, e);
            }
        }
    }
}
