package com.linli.web.catalog;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import com.linli.domain.catalog.CatalogService;
import com.linli.domain.catalog.StoredImage;

/**
 * Uploaded product images, public. Browsers and proxies keep them a week; pages add the image's
 * checksum to the address, so a new upload is fetched at once. A matching If-None-Match gets 304.
 */
@Controller
@RequestMapping("/images/products/{id}")
class ProductImageController {

    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofDays(7)).cachePublic();

    private final CatalogService catalog;

    ProductImageController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    ResponseEntity<byte[]> original(@PathVariable long id) {
        return serve(catalog.productImage(id));
    }

    @GetMapping("/thumbnail")
    ResponseEntity<byte[]> thumbnail(@PathVariable long id) {
        return serve(catalog.productThumbnail(id));
    }

    private static ResponseEntity<byte[]> serve(StoredImage image) {
        return ResponseEntity.ok()
                .cacheControl(CACHE)
                .eTag(image.etag())
                .contentType(MediaType.parseMediaType(image.contentType()))
                .body(image.bytes());
    }
}
