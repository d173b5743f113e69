package com.linli.domain.order;

import static com.linli.domain.groupbuy.GroupBuyFixtures.set;

import com.linli.domain.groupbuy.GroupBuy;
import com.linli.domain.groupbuy.ItemOutcome;

/** Orders as the cutoff's statements ({@link OrderDecisions}) leave them, for tests that begin after a cutoff. */
public final class OrderFixtures {

    private OrderFixtures() {
    }

    /** Lines of failed items voided, the others charged the final (tier) price; confirmed with the code if a line is left. */
    public static void decide(Order order, GroupBuy closed, String pickupCode) {
        for (var line : order.getLines()) {
            var item = closed.item(line.getItemId());
            if (item.getOutcome() == ItemOutcome.SUCCEEDED) {
                set(line, "finalUnitPrice", item.getFinalPrice());
            } else {
                set(line, "status", LineStatus.VOIDED);
            }
        }
        var confirmed = order.getLines().stream().anyMatch(OrderLine::isActive);
        set(order, "status", confirmed ? OrderStatus.CONFIRMED : OrderStatus.VOIDED);
        if (confirmed) {
            set(order, "pickupCode", pickupCode);
        }
    }
}
