package com.linli.domain.fulfilment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.linli.domain.shared.Money;

/**
 * A purchase order as the back office works with it: what to buy per product, at the supply price
 * snapshotted when each group-buy was published, and its pick list (分拣单) per pickup point, sorted
 * for a warehouse: product, then pickup point.
 */
public record PurchaseOrderView(long id, String supplierName, String supplierContact, String supplierPhone,
                                LocalDate pickupDate, PurchaseOrderStatus status, Instant sentAt,
                                Instant shippedAt, Instant expectedArrival, List<ProductTotal> products,
                                List<PickRow> pickList) {

    public PurchaseOrderView {
        products = List.copyOf(products);
        pickList = List.copyOf(pickList);
    }

    public long totalQuantity() {
        return products.stream().mapToLong(ProductTotal::quantity).sum();
    }

    public Money totalCost() {
        return products.stream().map(ProductTotal::cost).reduce(Money.ZERO, Money::plus);
    }

    public long pickupPoints() {
        return pickList.stream().map(PickRow::communityId).distinct().count();
    }

    /** One product at one supply price (a product published at two prices has two). */
    public record ProductTotal(long productId, String productName, String unit, Money supplyPrice, long quantity) {

        public Money cost() {
            return supplyPrice.times(quantity);
        }
    }

    /** How much of a product goes to one pickup point. */
    public record PickRow(long productId, String productName, String unit, long communityId, String communityName,
                          String pickupPointName, String address, String leaderName, String leaderPhone,
                          long quantity) {
    }
}
