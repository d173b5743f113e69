package com.linli.web.groupbuy;

import java.util.HashMap;
import java.util.Map;

import com.linli.domain.order.Order;

/** Quantities by group-buy item id, as the form posts them: {@code quantities[12]=2}. */
public class OrderForm {

    private Map<Long, Integer> quantities = new HashMap<>();

    static OrderForm of(Order order) {
        var form = new OrderForm();
        if (order != null) {
            form.quantities.putAll(order.quantities());
        }
        return form;
    }

    /** Empty fields mean none of that item. */
    Map<Long, Integer> wanted() {
        var wanted = new HashMap<Long, Integer>();
        quantities.forEach((itemId, quantity) -> wanted.put(itemId, quantity == null ? 0 : quantity));
        return wanted;
    }

    public Map<Long, Integer> getQuantities() {
        return quantities;
    }

    public void setQuantities(Map<Long, Integer> quantities) {
        this.quantities = quantities;
    }
}
