package com.linli.domain.catalog;

import java.util.Locale;

import com.linli.domain.shared.DomainException;
import com.linli.domain.shared.Money;

/** A product's price breaks one of its bounds; {@link #price()} says which price, the code which bound. */
public class PriceOutOfBounds extends DomainException {

    private final PriceKind price;

    private PriceOutOfBounds(PriceKind price, String code, Object... arguments) {
        super(code, arguments);
        this.price = price;
    }

    static PriceOutOfBounds notPositive(PriceKind price) {
        return new PriceOutOfBounds(price, "product." + price.name().toLowerCase(Locale.ROOT) + "-price.not-positive");
    }

    static PriceOutOfBounds floorBelowSupply(Money supply) {
        return new PriceOutOfBounds(PriceKind.FLOOR, "product.floor-price.below-supply", supply);
    }

    static PriceOutOfBounds retailBelowFloor(Money floor) {
        return new PriceOutOfBounds(PriceKind.RETAIL, "product.retail-price.below-floor", floor);
    }

    public PriceKind price() {
        return price;
    }
}
