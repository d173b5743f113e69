package com.linli.domain.catalog;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import com.linli.domain.shared.Money;

/**
 * A product of the catalog, of one supplier and one category. Its prices bound what leaders may
 * charge: supply ≤ floor ≤ group price ≤ retail, all above zero. Supplier and category are
 * referenced by id, so lists load them for a whole page at once.
 */
@Entity
@Table(name = "products")
public class Product {

    @Id
    @GeneratedValue(generator = "products_seq")
    @SequenceGenerator(name = "products_seq", sequenceName = "products_seq", allocationSize = 50)
    private Long id;

    private long supplierId;

    private long categoryId;

    private String name;

    private String unit;

    private String spec;

    /** An image elsewhere, or null. */
    private String imageUrl;

    /** The checksum of the uploaded image, or null: it versions the image's address so caches renew. */
    private String imageChecksum;

    private Money supplyPrice;

    private Money floorPrice;

    private Money retailPrice;

    @Enumerated(EnumType.STRING)
    private ProductStatus status;

    private Instant createdAt;

    private Instant updatedAt;

    protected Product() {
    }

    private Product(ProductDetails details, Instant now) {
        this.status = ProductStatus.ACTIVE;
        this.createdAt = now;
        apply(details, now);
    }

    /** @throws PriceOutOfBounds when a price breaks its bound; ImageRefused for an image URL that is not https */
    public static Product create(ProductDetails details, Instant now) {
        return new Product(details, now);
    }

    /** Changes everything the admin describes; an uploaded image stays unless an image URL replaces it. */
    void edit(ProductDetails details, Instant now) {
        apply(details, now);
    }

    void useUploadedImage(String checksum, Instant now) {
        this.imageChecksum = checksum;
        this.imageUrl = null;
        this.updatedAt = now;
    }

    void archive(Instant now) {
        changeStatus(ProductStatus.ARCHIVED, now);
    }

    void reactivate(Instant now) {
        changeStatus(ProductStatus.ACTIVE, now);
    }

    private void changeStatus(ProductStatus status, Instant now) {
        if (this.status != status) {
            this.status = status;
            this.updatedAt = now;
        }
    }

    private void apply(ProductDetails details, Instant now) {
        checkPrices(details.supplyPrice(), details.floorPrice(), details.retailPrice());
        var url = blankToNull(details.imageUrl());
        if (url != null && !url.toLowerCase(Locale.ROOT).startsWith("https://")) {
            throw new ImageRefused("url-not-https");
        }
        this.supplierId = details.supplierId();
        this.categoryId = details.categoryId();
        this.name = Objects.requireNonNull(details.name(), "name").strip();
        this.unit = Objects.requireNonNull(details.unit(), "unit").strip();
        this.spec = blankToNull(details.spec());
        this.supplyPrice = details.supplyPrice();
        this.floorPrice = details.floorPrice();
        this.retailPrice = details.retailPrice();
        if (url != null) {
            this.imageUrl = url;
            this.imageChecksum = null;
        } else if (imageChecksum == null) {
            this.imageUrl = null;
        }
        this.updatedAt = now;
    }

    private static void checkPrices(Money supply, Money floor, Money retail) {
        if (!supply.isGreaterThan(Money.ZERO)) {
            throw PriceOutOfBounds.notPositive(PriceKind.SUPPLY);
        }
        if (!floor.isGreaterThan(Money.ZERO)) {
            throw PriceOutOfBounds.notPositive(PriceKind.FLOOR);
        }
        if (!retail.isGreaterThan(Money.ZERO)) {
            throw PriceOutOfBounds.notPositive(PriceKind.RETAIL);
        }
        if (floor.isLessThan(supply)) {
            throw PriceOutOfBounds.floorBelowSupply(supply);
        }
        if (retail.isLessThan(floor)) {
            throw PriceOutOfBounds.retailBelowFloor(floor);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public boolean isActive() {
        return status == ProductStatus.ACTIVE;
    }

    public boolean hasUploadedImage() {
        return imageChecksum != null;
    }

    /** The details as the edit form shows them. */
    public ProductDetails details() {
        return new ProductDetails(name, categoryId, supplierId, unit, spec, supplyPrice, floorPrice, retailPrice,
                imageUrl);
    }

    public Long getId() {
        return id;
    }

    public long getSupplierId() {
        return supplierId;
    }

    public long getCategoryId() {
        return categoryId;
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public String getSpec() {
        return spec;
    }

    public String getImageUrl() {
        return imageUrl;
    }

    public String getImageChecksum() {
        return imageChecksum;
    }

    public Money getSupplyPrice() {
        return supplyPrice;
    }

    public Money getFloorPrice() {
        return floorPrice;
    }

    public Money getRetailPrice() {
        return retailPrice;
    }

    public ProductStatus getStatus() {
        return status;
    }
}
