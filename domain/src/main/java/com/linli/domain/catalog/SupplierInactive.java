package com.linli.domain.catalog;

import com.linli.domain.shared.DomainException;

/** New products come from active suppliers; a product keeps the inactive supplier it already has. */
public class SupplierInactive extends DomainException {

    SupplierInactive(String supplier) {
        super("product.supplier-inactive", supplier);
    }
}
