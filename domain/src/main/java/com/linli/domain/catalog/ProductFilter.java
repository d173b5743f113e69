package com.linli.domain.catalog;

/** What an admin narrows the product list to; a null field does not filter. */
public record ProductFilter(Long supplierId, Long categoryId, ProductStatus status, String text) {
}
