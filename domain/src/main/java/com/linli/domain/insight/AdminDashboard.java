package com.linli.domain.insight;

import java.util.List;

/**
 * Everything the admin dashboard shows.
 *
 * @param communityName the filtered community's name, or null
 * @param cities        the cities to choose from
 */
public record AdminDashboard(Period period, Scope scope, String communityName, List<String> cities,
                             Figures figures, List<DaySales> days, List<Ranked> communities, List<Ranked> leaders,
                             List<Ranked> products, List<Ranked> categories) {

    public AdminDashboard {
        cities = List.copyOf(cities);
        days = List.copyOf(days);
        communities = List.copyOf(communities);
        leaders = List.copyOf(leaders);
        products = List.copyOf(products);
        categories = List.copyOf(categories);
    }
}
