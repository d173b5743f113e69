package com.linli.domain.catalog;

import java.util.Optional;

/** The uploaded product images; each query loads one size only. */
public interface ProductImages {

    Optional<StoredImage> findOriginal(long productId);

    /** Thumbnails are JPEG whatever the original. */
    Optional<StoredImage> findThumbnail(long productId);

    ProductImage save(ProductImage image);

    void deleteById(Long productId);
}
