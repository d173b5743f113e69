package com.linli.persistence.catalog;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import com.linli.domain.catalog.ProductImage;
import com.linli.domain.catalog.ProductImages;
import com.linli.domain.catalog.StoredImage;

/** Each query selects one of the two byte columns, never both. */
interface JpaProductImages extends Repository<ProductImage, Long>, ProductImages {

    @Override
    @Query("""
            select new com.linli.domain.catalog.StoredImage(i.contentType, i.original, i.checksum)
            from ProductImage i where i.productId = :productId""")
    Optional<StoredImage> findOriginal(long productId);

    @Override
    @Query("""
            select new com.linli.domain.catalog.StoredImage('image/jpeg', i.thumbnail, concat(i.checksum, '-thumbnail'))
            from ProductImage i where i.productId = :productId""")
    Optional<StoredImage> findThumbnail(long productId);
}
