package com.linli.web.aftersale;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.linli.domain.catalog.StoredImage;

/** Refund photos are private: served to who may see the request, and kept by no shared cache. */
final class Photos {

    private Photos() {
    }

    static ResponseEntity<byte[]> serve(StoredImage image) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).eTag(image.etag())
                .contentType(MediaType.parseMediaType(image.contentType())).body(image.bytes());
    }
}
