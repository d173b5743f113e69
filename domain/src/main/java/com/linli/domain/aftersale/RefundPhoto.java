package com.linli.domain.aftersale;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.linli.domain.catalog.UploadedImage;

/**
 * The photo a member sent with a refund request, checked like a product image and kept in the
 * database like one, so app nodes stay stateless. Never public: only the member, the point's leader
 * and admins see it.
 */
@Entity
@Table(name = "refund_photos")
public class RefundPhoto {

    @Id
    private Long requestId;

    private String contentType;

    private byte[] original;

    private byte[] thumbnail;

    private String checksum;

    private Instant createdAt;

    protected RefundPhoto() {
    }

    private RefundPhoto(long requestId, UploadedImage image, Instant now) {
        this.requestId = requestId;
        this.contentType = image.contentType();
        this.original = image.original();
        this.thumbnail = image.thumbnail();
        this.checksum = image.checksum();
        this.createdAt = now;
    }

    static RefundPhoto of(long requestId, UploadedImage image, Instant now) {
        return new RefundPhoto(requestId, image, now);
    }
}
