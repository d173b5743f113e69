package com.linli.web.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

import com.linli.domain.catalog.PriceKind;
import com.linli.domain.catalog.ProductDetails;
import com.linli.domain.shared.Money;
import com.linli.domain.shared.PlainText;

/** The product form: prices as people type yuan ("12.50"); the bounds between them are the product's rules. */
record ProductForm(
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{product.name.size}") @PlainText String name,
        @NotNull(message = "{validation.required}") Long categoryId,
        @NotNull(message = "{validation.required}") Long supplierId,
        @NotBlank(message = "{validation.required}") @Size(max = 10, message = "{product.unit.size}") @PlainText String unit,
        @Size(max = 200, message = "{product.spec.size}") @PlainText String spec,
        @NotBlank(message = "{validation.required}") @Pattern(regexp = YUAN, message = "{product.price.invalid}") @PlainText String supplyPrice,
        @NotBlank(message = "{validation.required}") @Pattern(regexp = YUAN, message = "{product.price.invalid}") @PlainText String floorPrice,
        @NotBlank(message = "{validation.required}") @Pattern(regexp = YUAN, message = "{product.price.invalid}") @PlainText String retailPrice,
        @Size(max = 500, message = "{product.imageUrl.size}") @PlainText String imageUrl,
        MultipartFile image) {

    /** What {@link Money#parseYuan} reads, blanks around allowed; blank is left to @NotBlank. */
    static final String YUAN = "(\\s*(" + Money.YUAN + ")\\s*)?";

    static ProductForm empty() {
        return new ProductForm("", null, null, "", "", "", "", "", "", null);
    }

    static ProductForm of(ProductDetails details) {
        return new ProductForm(details.name(), details.categoryId(), details.supplierId(), details.unit(),
                details.spec(), details.supplyPrice().toYuan(), details.floorPrice().toYuan(),
                details.retailPrice().toYuan(), details.imageUrl(), null);
    }

    /** An uploaded image wins over an image URL given beside it. */
    ProductDetails toDetails() {
        return new ProductDetails(name, categoryId, supplierId, unit, spec, Money.parseYuan(supplyPrice),
                Money.parseYuan(floorPrice), Money.parseYuan(retailPrice), hasImage() ? null : imageUrl);
    }

    boolean hasImage() {
        return image != null && !image.isEmpty();
    }

    static String field(PriceKind price) {
        return switch (price) {
            case SUPPLY -> "supplyPrice";
            case FLOOR -> "floorPrice";
            case RETAIL -> "retailPrice";
        };
    }
}
