package com.linli.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.linli.domain.shared.Money;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class ProductTests {

    private static final Instant NOW = Instant.parse("2026-05-01T08:00:00Z");

    @Test
    void productWithPricesInOrderIsActive() {
        var product = Product.create(details("8.00", "9.90", "12.50"), NOW);

        assertThat(product.isActive()).isTrue();
        assertThat(product.getSupplyPrice()).isEqualTo(Money.parseYuan("8"));
        assertThat(product.getRetailPrice().toYuan()).isEqualTo("12.50");
    }

    @Test
    void equalPricesAreWithinTheBounds() {
        assertThat(Product.create(details("9.90", "9.90", "9.90"), NOW).getFloorPrice()).isEqualTo(Money.parseYuan("9.9"));
    }

    @Test
    void everyPriceMustBeAboveZero() {
        assertRefused(details("0", "9.90", "12.50"), PriceKind.SUPPLY, "product.supply-price.not-positive");
        assertRefused(details("8.00", "0", "12.50"), PriceKind.FLOOR, "product.floor-price.not-positive");
        assertRefused(details(Money.parseYuan("8.00"), Money.parseYuan("9.90"), Money.ofFen(-100)), PriceKind.RETAIL,
                "product.retail-price.not-positive");
    }

    @Test
    void floorPriceBelowSupplyPriceIsRefusedNamingTheSupplyPrice() {
        assertThatThrownBy(() -> Product.create(details("8.00", "7.99", "12.50"), NOW))
                .isInstanceOfSatisfying(PriceOutOfBounds.class, e -> {
                    assertThat(e.price()).isEqualTo(PriceKind.FLOOR);
                    assertThat(e.code()).isEqualTo("product.floor-price.below-supply");
                    assertThat(e.arguments()).containsExactly(Money.parseYuan("8.00"));
                });
    }

    @Test
    void retailPriceBelowFloorPriceIsRefusedNamingTheFloorPrice() {
        assertThatThrownBy(() -> Product.create(details("8.00", "9.90", "9.89"), NOW))
                .isInstanceOfSatisfying(PriceOutOfBounds.class, e -> {
                    assertThat(e.price()).isEqualTo(PriceKind.RETAIL);
                    assertThat(e.code()).isEqualTo("product.retail-price.below-floor");
                    assertThat(e.arguments()).containsExactly(Money.parseYuan("9.90"));
                });
    }

    @Property
    void pricesAreAcceptedExactlyWhenTheyAreOrdered(@ForAll @LongRange(min = -5, max = 50) long supply,
                                                    @ForAll @LongRange(min = -5, max = 50) long floor,
                                                    @ForAll @LongRange(min = -5, max = 50) long retail) {
        var details = details(Money.ofFen(supply), Money.ofFen(floor), Money.ofFen(retail));
        var valid = supply > 0 && supply <= floor && floor <= retail;

        if (valid) {
            assertThat(Product.create(details, NOW).getFloorPrice()).isEqualTo(Money.ofFen(floor));
        } else {
            assertThatThrownBy(() -> Product.create(details, NOW)).isInstanceOf(PriceOutOfBounds.class);
        }
    }

    @Test
    void editingRefusesBadPricesAndKeepsTheOldOnes() {
        var product = Product.create(details("8.00", "9.90", "12.50"), NOW);

        assertThatThrownBy(() -> product.edit(details("8.00", "13.00", "12.50"), NOW))
                .isInstanceOf(PriceOutOfBounds.class);
        assertThat(product.getFloorPrice()).isEqualTo(Money.parseYuan("9.90"));
    }

    @Test
    void imageUrlMustBeHttps() {
        var plainHttp = new ProductDetails("草莓", 1, 1, "盒", null, Money.parseYuan("8"), Money.parseYuan("9"),
                Money.parseYuan("10"), "http://example.com/a.jpg");

        assertThatThrownBy(() -> Product.create(plainHttp, NOW))
                .isInstanceOfSatisfying(ImageRefused.class, e -> assertThat(e.code()).isEqualTo("product.image.url-not-https"));
    }

    @Test
    void anImageUrlReplacesAnUploadedImageButABlankOneKeepsIt() {
        var product = Product.create(details("8.00", "9.90", "12.50"), NOW);
        product.useUploadedImage("abc", NOW);

        product.edit(details("8.00", "9.90", "12.50"), NOW);
        assertThat(product.hasUploadedImage()).isTrue();

        product.edit(withImageUrl("https://img.example.com/a.jpg"), NOW);
        assertThat(product.hasUploadedImage()).isFalse();
        assertThat(product.getImageUrl()).isEqualTo("https://img.example.com/a.jpg");
    }

    @Test
    void archivedProductCanBeReactivated() {
        var product = Product.create(details("8.00", "9.90", "12.50"), NOW);

        product.archive(NOW);
        assertThat(product.getStatus()).isEqualTo(ProductStatus.ARCHIVED);
        product.reactivate(NOW);
        assertThat(product.isActive()).isTrue();
    }

    private static void assertRefused(ProductDetails details, PriceKind price, String code) {
        assertThatThrownBy(() -> Product.create(details, NOW))
                .isInstanceOfSatisfying(PriceOutOfBounds.class, e -> {
                    assertThat(e.price()).isEqualTo(price);
                    assertThat(e.code()).isEqualTo(code);
                });
    }

    private static ProductDetails details(String supply, String floor, String retail) {
        return details(Money.parseYuan(supply), Money.parseYuan(floor), Money.parseYuan(retail));
    }

    private static ProductDetails details(Money supply, Money floor, Money retail) {
        return new ProductDetails("草莓", 1, 2, "盒", "500g", supply, floor, retail, null);
    }

    private static ProductDetails withImageUrl(String url) {
        return new ProductDetails("草莓", 1, 2, "盒", "500g", Money.parseYuan("8"), Money.parseYuan("9.9"),
                Money.parseYuan("12.5"), url);
    }
}
