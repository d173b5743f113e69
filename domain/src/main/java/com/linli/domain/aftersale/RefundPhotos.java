package com.linli.domain.aftersale;

import java.util.Optional;

import com.linli.domain.catalog.StoredImage;

/** The photos of refund requests; each query loads one size only. */
public interface RefundPhotos {

    RefundPhoto save(RefundPhoto photo);

    Optional<StoredImage> findOriginal(long requestId);

    /** Thumbnails are JPEG whatever the original. */
    Optional<StoredImage> findThumbnail(long requestId);
}
