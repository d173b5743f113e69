package com.linli.domain.fulfilment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.Paged;

/** What the fulfilment pages read, each in a fixed number of statements whatever the number of rows. */
public interface FulfilmentViews {

    Paged<PurchaseOrderSummary> purchaseOrders(PurchaseOrderFilter filter, PageQuery page);

    List<PurchaseOrderList.SupplierName> suppliers();

    Optional<PurchaseOrderView> purchaseOrder(long id);

    /** Every delivery on its way to the pickup point, and the {@code signedShown} signed last. */
    LeaderDeliveries deliveries(long communityId, int signedShown);

    /** Pickup dates of the point's group-buys with orders to hand out, from {@code from} to {@code to}. */
    List<LocalDate> pickupDates(long communityId, LocalDate from, LocalDate to);

    /** The order lines to hand out at the point on a pickup date, sorted by member. */
    List<PickListRow> pickListOfDate(long communityId, LocalDate pickupDate);

    /** The order lines to hand out of one of the point's group-buys, sorted by member. */
    List<PickListRow> pickListOfGroupBuy(long communityId, long groupBuyId);

    /** Title and pickup date of one of the point's group-buys. */
    Optional<GroupBuyHeading> groupBuy(long communityId, long groupBuyId);

    /** The point's order with this code: the open one, else the one that last used it. */
    Optional<PickupOrder> orderByCode(long communityId, String pickupCode);

    /** Orders ready for pickup at the point. */
    long waiting(long communityId);

    /** Ready orders of completed group-buys, oldest pickup date first, at most {@code limit}. */
    List<UnclaimedOrder> unclaimed(long communityId, int limit);

    record GroupBuyHeading(String title, LocalDate pickupDate) {
    }
}
