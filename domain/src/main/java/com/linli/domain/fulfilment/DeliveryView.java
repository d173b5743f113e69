package com.linli.domain.fulfilment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A delivery as the leader of its pickup point sees it.
 *
 * @param receivedAt null until signed
 */
public record DeliveryView(long id, String supplierName, LocalDate pickupDate, Instant expectedArrival,
                           DeliveryStatus status, Instant receivedAt, List<Line> lines) {

    public DeliveryView {
        lines = List.copyOf(lines);
    }

    public boolean isSigned() {
        return status == DeliveryStatus.RECEIVED;
    }

    public int shortUnits() {
        return lines.stream().mapToInt(Line::shortUnits).sum();
    }

    /** @param received null until signed */
    public record Line(long id, String groupBuyTitle, String productName, String unit, int shipped, Integer received) {

        public int shortUnits() {
            return received == null ? 0 : shipped - received;
        }
    }
}
