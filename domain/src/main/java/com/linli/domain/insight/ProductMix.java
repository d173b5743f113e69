package com.linli.domain.insight;

import java.util.List;

/**
 * The lines of a period's confirmed orders by product and category, read in one pass over them.
 *
 * @param products   the top products by GMV
 * @param categories every category with sales, largest GMV first
 */
public record ProductMix(List<Ranked> products, List<Ranked> categories) {

    public ProductMix {
        products = List.copyOf(products);
        categories = List.copyOf(categories);
    }
}
