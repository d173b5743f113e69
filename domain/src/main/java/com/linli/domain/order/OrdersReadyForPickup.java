package com.linli.domain.order;

import java.util.List;

/** The goods of these orders were signed for at their pickup point: members may collect with their code. */
public record OrdersReadyForPickup(List<MemberOrder> orders) {

    public OrdersReadyForPickup {
        orders = List.copyOf(orders);
    }
}
