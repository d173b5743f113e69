package com.linli.domain.fulfilment;

import java.util.List;

import com.linli.domain.shared.Paged;

/** The back office's list of purchase orders, and the suppliers to filter it by. */
public record PurchaseOrderList(Paged<PurchaseOrderSummary> purchaseOrders, List<SupplierName> suppliers) {

    public PurchaseOrderList {
        suppliers = List.copyOf(suppliers);
    }

    public record SupplierName(long id, String name) {
    }
}
