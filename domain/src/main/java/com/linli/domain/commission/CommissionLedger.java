package com.linli.domain.commission;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.linli.domain.order.OrderLineRefunded;
import com.linli.domain.order.OrderPickedUp;

/**
 * Keeps the ledger by what happens to orders, in the same transaction: a pickup earns on every
 * collected line, a refund reverses its share. Neither fulfilment nor after-sale knows it exists.
 */
@Component
class CommissionLedger {

    private final CommissionEntries entries;

    CommissionLedger(CommissionEntries entries) {
        this.entries = entries;
    }

    @EventListener
    void pickedUp(OrderPickedUp pickedUp) {
        entries.append(entries.pickedUpLines(pickedUp.orderId()).stream()
                .map(line -> CommissionEntry.earned(line, pickedUp.pickedUpAt())).toList());
    }

    /** A line that never earned (collected before the ledger existed) has nothing to reverse. */
    @EventListener
    void refunded(OrderLineRefunded refunded) {
        entries.balanceOf(refunded.orderLineId()).ifPresent(line -> entries.append(List.of(
                CommissionEntry.reversal(line, refunded.quantity(), refunded.amount(), refunded.refundId(),
                        refunded.refundedAt()))));
    }
}
