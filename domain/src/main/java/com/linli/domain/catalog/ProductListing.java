package com.linli.domain.catalog;

import com.linli.domain.supplier.Supplier;

/** A row of a product list: the product with its supplier and category. */
public record ProductListing(Product product, Supplier supplier, Category category) {
}
