package com.linli.domain.catalog;

import com.linli.domain.shared.Money;

/**
 * A product as an admin describes it. {@code spec} and {@code imageUrl} may be null; an image URL
 * must be https. An uploaded image is passed beside it, as bytes.
 */
public record ProductDetails(String name, long categoryId, long supplierId, String unit, String spec,
                             Money supplyPrice, Money floorPrice, Money retailPrice, String imageUrl) {
}
