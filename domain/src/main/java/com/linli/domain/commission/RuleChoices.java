package com.linli.domain.commission;

import java.util.List;

/** What a rule can apply to, by scope, for the rule form and the explanation. */
public record RuleChoices(List<Choice> suppliers, List<Choice> categories, List<Choice> products,
                          List<Choice> leaders) {

    public RuleChoices {
        suppliers = List.copyOf(suppliers);
        categories = List.copyOf(categories);
        products = List.copyOf(products);
        leaders = List.copyOf(leaders);
    }
}
