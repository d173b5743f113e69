package com.linli.domain.fulfilment;

import static com.linli.domain.groupbuy.GroupBuyFixtures.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.linli.domain.order.ItemShortage;

class DeliveryTests {

    static final Instant NOW = Instant.parse("2026-11-21T00:30:00Z");

    @Test
    void signingWithLessThanShippedReportsTheShortagePerItem() {
        var delivery = delivery();

        var shortages = delivery.sign(Map.of(11L, 4), 70, NOW);

        assertThat(shortages).containsExactly(new ItemShortage(101, 1));
        assertThat(delivery.getStatus()).isEqualTo(DeliveryStatus.RECEIVED);
        assertThat(delivery.getLines()).extracting(DeliveryLine::getReceived).containsExactly(4, 3);
        assertThat(delivery.groupBuyIds()).containsExactly(1000L, 2000L);
    }

    @Test
    void negativeOrMoreThanShippedOrUnknownLinesAreRefusedAndASignatureIsGivenOnce() {
        assertThatThrownBy(() -> delivery().sign(Map.of(11L, -1), 70, NOW))
                .hasFieldOrPropertyWithValue("code", "fulfilment.delivery.received-invalid");
        assertThatThrownBy(() -> delivery().sign(Map.of(12L, 4), 70, NOW))
                .hasFieldOrPropertyWithValue("code", "fulfilment.delivery.received-invalid");
        assertThatThrownBy(() -> delivery().sign(Map.of(99L, 1), 70, NOW))
                .hasFieldOrPropertyWithValue("code", "fulfilment.delivery.line-unknown");

        var delivery = delivery();
        assertThat(delivery.sign(Map.of(), 70, NOW)).isEmpty();
        assertThatThrownBy(() -> delivery.sign(Map.of(), 70, NOW))
                .hasFieldOrPropertyWithValue("code", "fulfilment.delivery.already-signed");
    }

    /** Shipped: 5 of item 101 (line 11) and 3 of item 201 (line 12), as shipping's statement writes it. */
    static Delivery delivery() {
        var delivery = new Delivery();
        set(delivery, "id", 9L);
        set(delivery, "status", DeliveryStatus.SHIPPED);
        set(delivery, "lines", new ArrayList<>(List.of(line(delivery, 11, 1000, 101, "丑橘", 5),
                line(delivery, 12, 2000, 201, "土鸡蛋", 3))));
        return delivery;
    }

    private static DeliveryLine line(Delivery delivery, long id, long groupBuyId, long itemId, String product,
                                     int shipped) {
        var line = new DeliveryLine();
        set(line, "id", id);
        set(line, "delivery", delivery);
        set(line, "groupBuyId", groupBuyId);
        set(line, "groupBuyItemId", itemId);
        set(line, "productName", product);
        set(line, "shipped", shipped);
        return line;
    }
}
