package com.linli.domain.order;

import static com.linli.domain.groupbuy.GroupBuyFixtures.CUTOFF;
import static com.linli.domain.groupbuy.GroupBuyFixtures.NOW;
import static com.linli.domain.groupbuy.GroupBuyFixtures.item;
import static com.linli.domain.groupbuy.GroupBuyFixtures.open;
import static com.linli.domain.groupbuy.GroupBuyFixtures.set;
import static com.linli.domain.groupbuy.GroupBuyFixtures.setId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.linli.domain.groupbuy.GroupBuy;
import com.linli.domain.groupbuy.GroupBuyStatus;
import com.linli.domain.groupbuy.PriceTier;
import com.linli.domain.shared.Money;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class OrderTests {

    private static final OrderLimits LIMITS = new OrderLimits(999);

    private GroupBuy groupBuy;

    @BeforeEach
    void openGroupBuy() {
        groupBuy = open(item(1, "丑橘", 1990, 10, 50, 2), item(2, "土鸡蛋", 2500, 5, null, null,
                new PriceTier(8, Money.ofFen(2200))));
    }

    @Test
    void memberOrdersSeveralItemsInOneOrder() {
        var order = Order.place(groupBuy, 42, Map.of(1L, 2, 2L, 3), LIMITS, NOW);

        assertThat(order.getStatus()).isEqualTo(OrderStatus.PLACED);
        assertThat(order.quantities()).isEqualTo(Map.of(1L, 2, 2L, 3));
        assertThat(order.getTotal()).isEqualTo(Money.ofFen(2 * 1990 + 3 * 2500));
        assertThat(order.getTransitions()).singleElement()
                .satisfies(step -> {
                    assertThat(step.getToStatus()).isEqualTo(OrderStatus.PLACED);
                    assertThat(step.getActorId()).isEqualTo(42L);
                    assertThat(step.getAt()).isEqualTo(NOW);
                });
    }

    @Test
    void anOrderOneMillisecondBeforeTheCutoffCountsAndOneAtTheCutoffDoesNot() {
        assertThat(Order.place(groupBuy, 42, Map.of(1L, 1), LIMITS, CUTOFF.minusMillis(1)).getStatus())
                .isEqualTo(OrderStatus.PLACED);
        assertThatThrownBy(() -> Order.place(groupBuy, 43, Map.of(1L, 1), LIMITS, CUTOFF))
                .isInstanceOf(CutoffPassed.class);
    }

    @Test
    void refusesBadQuantitiesUnknownItemsAndMoreThanTheLimit() {
        assertThatThrownBy(() -> Order.place(groupBuy, 42, Map.of(1L, -1), LIMITS, NOW))
                .hasFieldOrPropertyWithValue("code", "order.quantity-invalid");
        assertThatThrownBy(() -> Order.place(groupBuy, 42, Map.of(1L, 0, 2L, 0), LIMITS, NOW))
                .hasFieldOrPropertyWithValue("code", "order.empty");
        assertThatThrownBy(() -> Order.place(groupBuy, 42, Map.of(99L, 1), LIMITS, NOW))
                .hasFieldOrPropertyWithValue("code", "order.item-unknown");
        assertThatThrownBy(() -> Order.place(groupBuy, 42, Map.of(1L, 3), LIMITS, NOW))
                .isInstanceOf(LimitExceeded.class);
    }

    @Test
    void noLineHoldsMoreThanTheConfiguredMaximumEvenWithoutStockOrLimit() {
        assertThatThrownBy(() -> Order.place(groupBuy, 42, Map.of(2L, Integer.MAX_VALUE), LIMITS, NOW))
                .hasFieldOrPropertyWithValue("code", "order.quantity-too-large");
        assertThatThrownBy(() -> Order.place(groupBuy, 42, Map.of(2L, 4), new OrderLimits(3), NOW))
                .hasFieldOrPropertyWithValue("code", "order.quantity-too-large");
        var order = Order.place(groupBuy, 42, Map.of(2L, 999), LIMITS, NOW);

        assertThatThrownBy(() -> order.change(groupBuy, Map.of(2L, 1000), LIMITS, NOW))
                .hasFieldOrPropertyWithValue("code", "order.quantity-too-large");
        assertThat(order.quantities()).isEqualTo(Map.of(2L, 999));
    }

    @Test
    void theMaximumIsConfiguredWithinTheCeilingTheDatabaseHolds() {
        assertThatThrownBy(() -> new OrderLimits(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrderLimits(OrderLimits.CEILING + 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("linli.order.max-quantity");
        assertThat(LIMITS.maxFor(groupBuy.item(1))).isEqualTo(2);
        assertThat(LIMITS.maxFor(groupBuy.item(2))).isEqualTo(999);
    }

    @Test
    void changeReturnsTheStockMovementPerItem() {
        var order = Order.place(groupBuy, 42, Map.of(1L, 2, 2L, 3), LIMITS, NOW);

        var deltas = order.change(groupBuy, Map.of(1L, 1, 2L, 0), LIMITS, NOW.plusSeconds(60));

        assertThat(deltas).isEqualTo(Map.of(1L, -1, 2L, -3));
        assertThat(order.quantities()).isEqualTo(Map.of(1L, 1));
        assertThat(order.change(groupBuy, Map.of(1L, 1, 2L, 4), LIMITS, NOW)).isEqualTo(Map.of(2L, 4));
        assertThatThrownBy(() -> order.change(groupBuy, Map.of(1L, 3), LIMITS, NOW)).isInstanceOf(LimitExceeded.class);
        assertThatThrownBy(() -> order.change(groupBuy, Map.of(1L, 1), LIMITS, CUTOFF)).isInstanceOf(CutoffPassed.class);
    }

    @Test
    void cancelGivesEverythingBackUntilTheCutoff() {
        var order = Order.place(groupBuy, 42, Map.of(1L, 2), LIMITS, NOW);

        assertThatThrownBy(() -> order.cancel(groupBuy, 42, CUTOFF)).isInstanceOf(CutoffPassed.class);
        assertThat(order.cancel(groupBuy, 42, NOW)).isEqualTo(Map.of(1L, 2));
        assertThat(order.getStatus()).isEqualTo(OrderStatus.CANCELLED);
        assertThatThrownBy(() -> order.cancel(groupBuy, 42, NOW)).hasFieldOrPropertyWithValue("code", "order.wrong-status");
    }

    @Test
    void anOrderIsPickedUpOnceItsGoodsArrivedAndIsPaidThere() {
        var order = confirmed(Map.of(1L, 2)).get(0);
        assertThatThrownBy(() -> order.pickUp(70, CUTOFF)).hasFieldOrPropertyWithValue("code", "order.wrong-status");

        set(order, "status", OrderStatus.READY_FOR_PICKUP); // as the arrival's statement leaves it
        order.pickUp(70, CUTOFF.plusSeconds(60));

        assertThat(order.getStatus()).isEqualTo(OrderStatus.PICKED_UP);
        assertThat(order.getPaymentStatus()).isEqualTo(PaymentStatus.PAID);
        assertThat(order.getTransitions()).last().satisfies(step -> {
            assertThat(step.getToStatus()).isEqualTo(OrderStatus.PICKED_UP);
            assertThat(step.getActorId()).isEqualTo(70L);
        });
        assertThatThrownBy(() -> order.pickUp(70, CUTOFF)).hasFieldOrPropertyWithValue("code", "order.already-picked-up");
    }

    @Test
    void anUnclaimedOrderIsCollectedLateOrReturnedOnlyAfterThePickupWindow() {
        var orders = confirmed(Map.of(1L, 1), Map.of(2L, 1));
        var late = orders.get(0);
        var returned = orders.get(1);
        set(late, "status", OrderStatus.READY_FOR_PICKUP);
        set(returned, "status", OrderStatus.READY_FOR_PICKUP);
        assertThatThrownBy(() -> returned.returnUnclaimed(groupBuy, 70, CUTOFF))
                .hasFieldOrPropertyWithValue("code", "order.pickup-window-open");
        assertThatThrownBy(() -> late.collectLate(groupBuy, 70, CUTOFF))
                .hasFieldOrPropertyWithValue("code", "order.pickup-window-open");

        set(groupBuy, "status", GroupBuyStatus.COMPLETED);
        late.collectLate(groupBuy, 70, CUTOFF);
        returned.returnUnclaimed(groupBuy, 70, CUTOFF);

        assertThat(late.getStatus()).isEqualTo(OrderStatus.PICKED_UP);
        assertThat(returned.getStatus()).isEqualTo(OrderStatus.RETURNED);
        assertThat(returned.getPaymentStatus()).isEqualTo(PaymentStatus.UNPAID);
    }

    @Test
    void unitsShortAtDeliveryAreNotOwed() {
        var order = confirmed(Map.of(1L, 2, 2L, 3)).get(0);
        var eggs = order.getLines().get(1);
        set(eggs, "shortQuantity", 2); // as the shortage allocation leaves it

        assertThat(eggs.getCollectedQuantity()).isEqualTo(1);
        assertThat(eggs.getShortAmount()).isEqualTo(Money.ofFen(2 * 2500));
        assertThat(order.getTotal()).isEqualTo(Money.ofFen(2 * 1990 + 2500));
    }

    @Test
    void aPickupIsAnnouncedWithWhenItHappened() {
        var order = confirmed(Map.of(1L, 2)).get(0);
        order.pullEvents();
        set(order, "status", OrderStatus.READY_FOR_PICKUP);

        order.pickUp(70, CUTOFF.plusSeconds(60));

        assertThat(order.pullEvents()).containsExactly(new OrderPickedUp(1000, 100, 7, 42, CUTOFF.plusSeconds(60)));
        assertThat(order.getPickedUpAt()).isEqualTo(CUTOFF.plusSeconds(60));
    }

    @Test
    void aPartlyRefundedOrderStaysPaidWithTheRefundBesideItUntilEverythingIsRefunded() {
        var order = pickedUp(Map.of(1L, 2, 2L, 3));
        var eggs = order.getLines().get(1);
        set(eggs, "shortQuantity", 1); // two eggs arrived and were paid for

        assertThat(order.refund(eggs.getId(), 1, 9, NOW)).isEqualTo(Money.ofFen(2500));
        assertThat(order.getPaymentStatus()).isEqualTo(PaymentStatus.PAID);
        assertThat(order.getRefundedAmount()).isEqualTo(Money.ofFen(2500));
        assertThat(eggs.getRefundableQuantity()).isEqualTo(1);
        assertThat(order.pullEvents()).containsExactly(new OrderLineRefunded(1000, eggs.getId(), 100, 7, 42, 1,
                Money.ofFen(2500), 9, NOW));

        order.refund(eggs.getId(), 1, 10, NOW);
        order.refund(order.getLines().get(0).getId(), 2, 11, NOW);
        assertThat(order.getRefundedAmount()).isEqualTo(order.getTotal());
        assertThat(order.getPaymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
    }

    @Test
    void onlyUnitsTakenHomeAndNotRefundedYetCanBeRefundedAndOnlyOnceTakenHome() {
        var orders = confirmed(Map.of(1L, 2), Map.of(1L, 1));
        var order = pickedUp(orders.get(0));
        var oranges = order.getLines().get(0);

        assertThatThrownBy(() -> order.refund(oranges.getId(), 3, 9, NOW))
                .hasFieldOrPropertyWithValue("code", "order.refund-quantity-invalid");
        assertThatThrownBy(() -> order.refund(oranges.getId(), 0, 9, NOW))
                .hasFieldOrPropertyWithValue("code", "order.refund-quantity-invalid");
        assertThatThrownBy(() -> order.refund(999, 1, 9, NOW)).hasFieldOrPropertyWithValue("code", "order.line-unknown");
        order.refund(oranges.getId(), 2, 9, NOW);
        assertThatThrownBy(() -> order.refund(oranges.getId(), 1, 10, NOW))
                .hasFieldOrPropertyWithValue("code", "order.refund-quantity-invalid");

        var waiting = orders.get(1);
        setId(waiting.getLines().get(0), 7L);
        assertThatThrownBy(() -> waiting.refund(7, 1, 9, NOW)).hasFieldOrPropertyWithValue("code", "order.wrong-status");
    }

    /** Confirmed, arrived and collected: its lines numbered 1, 2, … */
    private Order pickedUp(Map<Long, Integer> quantities) {
        return pickedUp(confirmed(quantities).get(0));
    }

    private static Order pickedUp(Order order) {
        long lineId = 1;
        for (var line : order.getLines()) {
            setId(line, lineId++);
        }
        set(order, "status", OrderStatus.READY_FOR_PICKUP);
        order.pickUp(70, CUTOFF);
        order.pullEvents();
        return order;
    }

    /** Orders confirmed at a cutoff where every item succeeded at its group price, as its statements leave them. */
    @SafeVarargs
    private List<Order> confirmed(Map<Long, Integer>... quantities) {
        var orders = new ArrayList<Order>();
        for (var wanted : quantities) {
            var order = saved(Order.place(groupBuy, 42 + orders.size(), wanted, LIMITS, NOW), 1000 + orders.size());
            set(order, "status", OrderStatus.CONFIRMED);
            orders.add(order);
        }
        groupBuy.close(Map.of(1L, 10, 2L, 5), CUTOFF);
        return orders;
    }

    private static Order saved(Order order, long id) {
        setId(order, id);
        return order;
    }
}
