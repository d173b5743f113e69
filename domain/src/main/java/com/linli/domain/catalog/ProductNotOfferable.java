package com.linli.domain.catalog;

import com.linli.domain.shared.DomainException;

/** A product that cannot be put into a new group-buy: it is archived, or its supplier is inactive. */
public class ProductNotOfferable extends DomainException {

    private ProductNotOfferable(String code, Object... arguments) {
        super(code, arguments);
    }

    static ProductNotOfferable archived(String product) {
        return new ProductNotOfferable("product.not-offerable.archived", product);
    }

    static ProductNotOfferable supplierInactive(String product, String supplier) {
        return new ProductNotOfferable("product.not-offerable.supplier-inactive", product, supplier);
    }
}
