package com.linli.persistence.aftersale;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import com.linli.domain.aftersale.RefundPhoto;
import com.linli.domain.aftersale.RefundPhotos;
import com.linli.domain.catalog.StoredImage;

/** Each query selects one of the two byte columns, never both. */
interface JpaRefundPhotos extends Repository<RefundPhoto, Long>, RefundPhotos {

    @Override
    @Query("""
            select new com.linli.domain.catalog.StoredImage(p.contentType, p.original, p.checksum)
            from RefundPhoto p where p.requestId = :requestId""")
    Optional<StoredImage> findOriginal(long requestId);

    @Override
    @Query("""
            select new com.linli.domain.catalog.StoredImage('image/jpeg', p.thumbnail, concat(p.checksum, '-thumbnail'))
            from RefundPhoto p where p.requestId = :requestId""")
    Optional<StoredImage> findThumbnail(long requestId);
}
