package com.linli.domain.fulfilment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import com.linli.domain.audit.AuditAction;
import com.linli.domain.audit.AuditLog;
import com.linli.domain.groupbuy.GroupBuyCancelled;
import com.linli.domain.groupbuy.GroupBuyClosed;
import com.linli.domain.groupbuy.GroupBuyService;
import com.linli.domain.shared.NotFound;
import com.linli.domain.shared.PageQuery;

/**
 * 采购单 for the back office: gathered after each cutoff, sent to the supplier, shipped as deliveries
 * to the pickup points; a cancelled group-buy's lines withdrawn before they are sent.
 */
@Service
@Transactional
public class PurchaseOrderService {

    private final PurchaseOrders purchaseOrders;
    private final PurchaseOrderLines lines;
    private final FulfilmentViews views;
    private final GroupBuyService groupBuys;
    private final AuditLog audit;
    private final Clock clock;

    PurchaseOrderService(PurchaseOrders purchaseOrders, PurchaseOrderLines lines, FulfilmentViews views,
                         GroupBuyService groupBuys, AuditLog audit, Clock clock) {
        this.purchaseOrders = purchaseOrders;
        this.lines = lines;
        this.views = views;
        this.groupBuys = groupBuys;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Gathers a closed group-buy's succeeded items into purchase orders; a second run adds nothing.
     *
     * @return how many lines were added
     */
    public int gather(long groupBuyId) {
        return lines.gather(groupBuyId, clock.instant());
    }

    /**
     * Right after a cutoff is committed, in a transaction of its own: the cutoff never waits for or
     * fails with the gathering. What fails here is gathered by the next sweep ({@link #ungathered()}).
     */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void gatherAfterCutoff(GroupBuyClosed closed) {
        gather(closed.groupBuyId());
    }

    /**
     * A cancelled group-buy's goods are no longer bought: its lines leave the open purchase orders. Once
     * one of those is sent the supplier is packing them, and the cancellation is refused.
     */
    @EventListener
    void withdrawCancelled(GroupBuyCancelled cancelled) {
        Map<Long, PurchaseOrderStatus> holding;
        try {
            holding = lines.holding(cancelled.groupBuyId());
        } catch (PessimisticLockingFailureException sendingNow) {
            throw new FulfilmentRejected("fulfilment.purchase-order.busy");
        }
        holding.forEach((purchaseOrderId, status) -> {
            if (status != PurchaseOrderStatus.OPEN) {
                throw new FulfilmentRejected("fulfilment.purchase-order.cancel-after-sent", "#" + purchaseOrderId);
            }
        });
        if (!holding.isEmpty()) {
            lines.withdraw(cancelled.groupBuyId());
        }
    }

    /** Closed group-buys with succeeded items in no purchase order yet. */
    @Transactional(readOnly = true)
    public List<Long> ungathered() {
        return lines.ungatheredGroupBuyIds();
    }

    public PurchaseOrder send(long adminId, long purchaseOrderId) {
        var purchaseOrder = locked(purchaseOrderId);
        purchaseOrder.send(lines.count(purchaseOrderId), adminId, clock.instant());
        audit.record(AuditAction.PURCHASE_ORDER_SENT, purchaseOrderId, summary(purchaseOrder));
        return purchaseOrders.save(purchaseOrder);
    }

    /** Shipped: one delivery per pickup point, and the group-buys are on their way. */
    public PurchaseOrder ship(long adminId, long purchaseOrderId, Instant expectedArrival) {
        var purchaseOrder = locked(purchaseOrderId);
        var now = clock.instant();
        purchaseOrder.ship(lines.count(purchaseOrderId), expectedArrival, adminId, now);
        var saved = purchaseOrders.save(purchaseOrder);
        lines.dispatch(purchaseOrderId, expectedArrival, now);
        groupBuys.startDelivering(lines.groupBuyIds(purchaseOrderId));
        audit.record(AuditAction.PURCHASE_ORDER_SHIPPED, purchaseOrderId, summary(purchaseOrder));
        return saved;
    }

    @Transactional(readOnly = true)
    public PurchaseOrderList search(PurchaseOrderFilter filter, PageQuery page) {
        return new PurchaseOrderList(views.purchaseOrders(filter, page), views.suppliers());
    }

    @Transactional(readOnly = true)
    public PurchaseOrderView view(long purchaseOrderId) {
        return views.purchaseOrder(purchaseOrderId).orElseThrow(() -> new NotFound("purchase order", purchaseOrderId));
    }

    private static String summary(PurchaseOrder purchaseOrder) {
        return "#" + purchaseOrder.getId() + " · " + purchaseOrder.getPickupDate();
    }

    private PurchaseOrder locked(long purchaseOrderId) {
        return purchaseOrders.findForUpdate(purchaseOrderId)
                .orElseThrow(() -> new NotFound("purchase order", purchaseOrderId));
    }
}
