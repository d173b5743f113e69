package com.linli.domain.insight;

import com.linli.domain.shared.Money;

/**
 * A community, leader, product or category with its GMV in the period.
 *
 * @param orders confirmed orders (for a product or category: those with a line of it)
 */
public record Ranked(long id, String name, Money gmv, long orders) {
}
