package com.linli.domain.aftersale;

import static com.linli.domain.groupbuy.GroupBuyFixtures.CUTOFF;
import static com.linli.domain.groupbuy.GroupBuyFixtures.NOW;
import static com.linli.domain.groupbuy.GroupBuyFixtures.item;
import static com.linli.domain.groupbuy.GroupBuyFixtures.open;
import static com.linli.domain.groupbuy.GroupBuyFixtures.set;
import static com.linli.domain.groupbuy.GroupBuyFixtures.setId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.linli.domain.groupbuy.GroupBuy;
import com.linli.domain.order.OrderFixtures;
import com.linli.domain.order.Order;
import com.linli.domain.order.OrderLimits;
import com.linli.domain.order.OrderStatus;
import com.linli.domain.shared.Money;

class RefundRequestTests {

    private static final int WINDOW = 7;
    private static final Instant PICKED_UP = CUTOFF.plus(Duration.ofDays(1));

    private Order order;
    private long lineId;

    @BeforeEach
    void aCollectedOrder() {
        GroupBuy groupBuy = open(item(1, "丑橘", 1990, 1, null, null));
        order = Order.place(groupBuy, 42, Map.of(1L, 3), new OrderLimits(999), NOW);
        setId(order, 1000L);
        groupBuy.close(Map.of(1L, 3), CUTOFF);
        OrderFixtures.decide(order, groupBuy, "123456");
        lineId = 5;
        setId(order.getLines().get(0), lineId);
        set(order.getLines().get(0), "shortQuantity", 1); // two arrived
        set(order, "status", OrderStatus.READY_FOR_PICKUP);
        order.pickUp(70, PICKED_UP);
    }

    @Test
    void aMemberAsksForUnitsTheyTookHomeWithinTheWindowSayingWhy() {
        var request = RefundRequest.request(order, lineId, 2, "  两个都坏了  ", true, WINDOW,
                PICKED_UP.plus(Duration.ofDays(7)).minusSeconds(1));

        assertThat(request.getStatus()).isEqualTo(RefundStatus.PENDING);
        assertThat(request.getAmount()).isEqualTo(Money.ofFen(2 * 1990));
        assertThat(request.getReason()).isEqualTo("两个都坏了");
        assertThat(request.hasPhoto()).isTrue();
        assertThat(request.getProductName()).isEqualTo("丑橘");
    }

    @Test
    void moreThanWasTakenHomeAnotherLineAnEmptyReasonOrTooLateIsRefused() {
        assertThatThrownBy(() -> RefundRequest.request(order, lineId, 3, "坏了", false, WINDOW, PICKED_UP))
                .hasFieldOrPropertyWithValue("code", "aftersale.quantity-invalid");
        assertThatThrownBy(() -> RefundRequest.request(order, lineId, 0, "坏了", false, WINDOW, PICKED_UP))
                .hasFieldOrPropertyWithValue("code", "aftersale.quantity-invalid");
        assertThatThrownBy(() -> RefundRequest.request(order, 99, 1, "坏了", false, WINDOW, PICKED_UP))
                .hasFieldOrPropertyWithValue("code", "aftersale.line-unknown");
        assertThatThrownBy(() -> RefundRequest.request(order, lineId, 1, " ", false, WINDOW, PICKED_UP))
                .hasFieldOrPropertyWithValue("code", "aftersale.reason-invalid");
        assertThatThrownBy(() -> RefundRequest.request(order, lineId, 1, "长".repeat(501), false, WINDOW, PICKED_UP))
                .hasFieldOrPropertyWithValue("code", "aftersale.reason-invalid");
        assertThatThrownBy(() -> RefundRequest.request(order, lineId, 1, "坏了", false, WINDOW,
                PICKED_UP.plus(Duration.ofDays(7)))).hasFieldOrPropertyWithValue("code", "aftersale.window-over");

        order.refund(lineId, 2, 1, PICKED_UP);
        assertThatThrownBy(() -> RefundRequest.request(order, lineId, 1, "坏了", false, WINDOW, PICKED_UP))
                .hasFieldOrPropertyWithValue("code", "aftersale.nothing-left");
    }

    @Test
    void onlyACollectedOrderHasAfterSale() {
        set(order, "status", OrderStatus.RETURNED);

        assertThatThrownBy(() -> RefundRequest.request(order, lineId, 1, "坏了", false, WINDOW, PICKED_UP))
                .hasFieldOrPropertyWithValue("code", "aftersale.not-picked-up");
    }

    @Test
    void aRequestIsDecidedOnceAndARejectionSaysWhy() {
        var approved = RefundRequest.request(order, lineId, 1, "坏了", false, WINDOW, PICKED_UP);
        approved.approve(70, "", PICKED_UP);
        assertThat(approved.getStatus()).isEqualTo(RefundStatus.APPROVED);
        assertThat(approved.getDecisionReason()).isNull();
        assertThatThrownBy(() -> approved.reject(70, "晚了", PICKED_UP))
                .hasFieldOrPropertyWithValue("code", "aftersale.already-decided");

        var rejected = RefundRequest.request(order, lineId, 1, "坏了", false, WINDOW, PICKED_UP);
        assertThatThrownBy(() -> rejected.reject(70, "  ", PICKED_UP))
                .hasFieldOrPropertyWithValue("code", "aftersale.decision-reason-required");
        assertThat(rejected.getStatus()).isEqualTo(RefundStatus.PENDING);
        rejected.reject(70, "照片看是完好的", PICKED_UP);
        assertThat(rejected.getDecisionReason()).isEqualTo("照片看是完好的");
        assertThatThrownBy(() -> rejected.approve(70, null, PICKED_UP))
                .hasFieldOrPropertyWithValue("code", "aftersale.already-decided");
    }
}
