package com.linli.domain.aftersale;

import java.time.Instant;
import java.util.List;

import com.linli.domain.shared.Money;

/**
 * A member's collected order as its after-sale page shows it: what may still be asked back until
 * when, and the requests made with their outcomes.
 *
 * @param open whether the refund window is still open
 */
public record OrderAfterSale(long orderId, String groupBuyTitle, Instant pickedUpAt, Instant windowEnds, boolean open,
                             List<Line> lines, List<RefundRow> requests) {

    public OrderAfterSale {
        lines = List.copyOf(lines);
        requests = List.copyOf(requests);
    }

    /** @param waiting whether a request for it waits for a decision */
    public record Line(long lineId, String productName, String unit, int collected, int refunded, Money unitPrice,
                       boolean waiting) {

        public int refundable() {
            return collected - refunded;
        }
    }
}
