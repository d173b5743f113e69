package com.linli.domain.order;

import java.util.List;

/** A shortage at delivery took units off these orders, latest joiners first; they owe less. */
public record OrdersShorted(List<MemberOrder> orders) {

    public OrdersShorted {
        orders = List.copyOf(orders);
    }
}
