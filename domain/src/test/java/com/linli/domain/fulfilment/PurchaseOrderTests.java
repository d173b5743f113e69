package com.linli.domain.fulfilment;

import static com.linli.domain.groupbuy.GroupBuyFixtures.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PurchaseOrderTests {

    static final Instant NOW = Instant.parse("2026-11-20T16:00:00Z"); // 00:00 on the 21st in Shanghai

    @Test
    void isSentThenShippedWithAnExpectedArrival() {
        var purchaseOrder = open();

        purchaseOrder.send(3, 1, NOW);
        assertThat(purchaseOrder.getStatus()).isEqualTo(PurchaseOrderStatus.SENT);
        purchaseOrder.ship(3, NOW.plus(Duration.ofHours(6)), 1, NOW);

        assertThat(purchaseOrder.getStatus()).isEqualTo(PurchaseOrderStatus.SHIPPED);
        assertThat(purchaseOrder.getExpectedArrival()).isEqualTo(NOW.plus(Duration.ofHours(6)));
        assertThat(purchaseOrder.getShippedAt()).isEqualTo(NOW);
    }

    @Test
    void anEmptyOrUnsentOrAlreadyShippedPurchaseOrderIsNotShipped() {
        var purchaseOrder = open();
        var arrival = NOW.plus(Duration.ofHours(6));
        assertThatThrownBy(() -> purchaseOrder.send(0, 1, NOW))
                .hasFieldOrPropertyWithValue("code", "fulfilment.purchase-order.empty");
        assertThatThrownBy(() -> purchaseOrder.ship(3, arrival, 1, NOW))
                .hasFieldOrPropertyWithValue("code", "fulfilment.purchase-order.wrong-status");

        purchaseOrder.send(3, 1, NOW);
        assertThatThrownBy(() -> purchaseOrder.ship(0, arrival, 1, NOW))
                .hasFieldOrPropertyWithValue("code", "fulfilment.purchase-order.empty");
        purchaseOrder.ship(3, arrival, 1, NOW);
        assertThatThrownBy(() -> purchaseOrder.ship(3, arrival, 1, NOW))
                .hasFieldOrPropertyWithValue("code", "fulfilment.purchase-order.wrong-status");
        assertThat(purchaseOrder.getExpectedArrival()).isEqualTo(arrival);
    }

    @Test
    void theExpectedArrivalLiesBetweenTodayAndTwoWeeksAhead() {
        var purchaseOrder = open();
        purchaseOrder.send(3, 1, NOW);

        assertThatThrownBy(() -> purchaseOrder.ship(3, NOW.minusSeconds(1), 1, NOW))
                .hasFieldOrPropertyWithValue("code", "fulfilment.purchase-order.arrival-invalid");
        assertThatThrownBy(() -> purchaseOrder.ship(3, NOW.plus(Duration.ofDays(15)), 1, NOW))
                .hasFieldOrPropertyWithValue("code", "fulfilment.purchase-order.arrival-invalid");
        assertThatThrownBy(() -> purchaseOrder.ship(3, null, 1, NOW))
                .hasFieldOrPropertyWithValue("code", "fulfilment.purchase-order.arrival-invalid");
        assertThat(purchaseOrder.getStatus()).isEqualTo(PurchaseOrderStatus.SENT);

        purchaseOrder.ship(3, NOW.plus(Duration.ofDays(14)), 1, NOW);
    }

    /** As the gathering's statement opens it. */
    static PurchaseOrder open() {
        var purchaseOrder = new PurchaseOrder();
        set(purchaseOrder, "id", 5L);
        set(purchaseOrder, "supplierId", 3L);
        set(purchaseOrder, "pickupDate", LocalDate.of(2026, 11, 21));
        set(purchaseOrder, "status", PurchaseOrderStatus.OPEN);
        return purchaseOrder;
    }
}
