package com.linli.domain.catalog;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The uploaded image of a product, kept in the database so that app nodes stay stateless. Lists
 * never load it: pages show it through {@code /images/products/{id}}.
 */
@Entity
@Table(name = "product_images")
public class ProductImage {

    @Id
    private Long productId;

    private String contentType;

    private byte[] original;

    private byte[] thumbnail;

    private String checksum;

    private Instant updatedAt;

    protected ProductImage() {
    }

    private ProductImage(long productId, UploadedImage image, Instant now) {
        this.productId = productId;
        this.contentType = image.contentType();
        this.original = image.original();
        this.thumbnail = image.thumbnail();
        this.checksum = image.checksum();
        this.updatedAt = now;
    }

    static ProductImage of(long productId, UploadedImage image, Instant now) {
        return new ProductImage(productId, image, now);
    }
}
