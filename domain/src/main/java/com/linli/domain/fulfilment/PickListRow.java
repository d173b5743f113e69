package com.linli.domain.fulfilment;

import com.linli.domain.order.OrderStatus;
import com.linli.domain.shared.Money;

/**
 * One order line to hand out at a pickup point: what the member takes home (ordered less short) and
 * what it costs them.
 */
public record PickListRow(long memberId, String memberName, String phone, long orderId, String groupBuyTitle,
                          String productName, String unit, int quantity, Money amount, OrderStatus status) {

    public boolean isPickedUp() {
        return status == OrderStatus.PICKED_UP;
    }
}
