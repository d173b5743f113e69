package com.linli.domain.insight;

import java.util.List;

/**
 * The confirmed orders of a period by day, community and leader, read in one pass over them.
 *
 * @param days        days with confirmed orders, in order; days without are left out
 * @param communities the top communities by GMV
 * @param leaders     the top leaders by GMV
 */
public record SalesMix(List<DaySales> days, List<Ranked> communities, List<Ranked> leaders) {

    public SalesMix {
        days = List.copyOf(days);
        communities = List.copyOf(communities);
        leaders = List.copyOf(leaders);
    }
}
