package com.linli.domain.commission;

/** A catalog product with what rules can apply to it through: its supplier and category. */
public record ProductFacts(long id, String name, long supplierId, String supplierName, long categoryId,
                           String categoryName) {
}
