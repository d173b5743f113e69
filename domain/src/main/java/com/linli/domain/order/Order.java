package com.linli.domain.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.linli.domain.groupbuy.GroupBuy;
import com.linli.domain.groupbuy.GroupBuyStatus;
import com.linli.domain.shared.AggregateRoot;
import com.linli.domain.shared.Money;

/**
 * 订单/跟团: a member's one order in one group-buy.
 * {@code PLACED → CONFIRMED → READY_FOR_PICKUP → PICKED_UP}, or {@code CANCELLED} / {@code VOIDED}.
 * Stock is not this aggregate's: it says which quantities change and the service moves the
 * counters atomically in the database.
 */
@Entity
@Table(name = "orders")
public class Order extends AggregateRoot {

    @Id
    @GeneratedValue(generator = "orders_seq")
    @SequenceGenerator(name = "orders_seq", sequenceName = "orders_seq", allocationSize = 50)
    private Long id;

    private long groupBuyId;

    private long communityId;

    private long memberId;

    @Enumerated(EnumType.STRING)
    private OrderStatus status;

    @Enumerated(EnumType.STRING)
    private PaymentStatus paymentStatus = PaymentStatus.UNPAID;

    private String pickupCode;

    /** Owed no longer because goods were short at delivery; written only with the shortage allocation. */
    @Column(insertable = false, updatable = false)
    private Money shortageAmount = Money.ZERO;

    /** Paid back after pickup (售后): the order stays PAID until everything it was paid is refunded. */
    private Money refundedAmount = Money.ZERO;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("itemId")
    private List<OrderLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("at, id")
    private List<OrderTransition> transitions = new ArrayList<>();

    private Instant placedAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected Order() {
    }

    private Order(GroupBuy groupBuy, long memberId, Instant now) {
        this.groupBuyId = groupBuy.getId();
        this.communityId = groupBuy.getCommunityId();
        this.memberId = memberId;
        this.placedAt = now;
        this.updatedAt = now;
    }

    /** 跟团. Quantities by item id; zero means "not this item". */
    public static Order place(GroupBuy groupBuy, long memberId, Map<Long, Integer> quantities, OrderLimits limits,
                              Instant now) {
        requireOpen(groupBuy, now);
        var wanted = validQuantities(groupBuy, quantities, limits);
        var order = new Order(groupBuy, memberId, now);
        wanted.forEach((itemId, quantity) -> {
            var item = groupBuy.item(itemId);
            order.lines.add(new OrderLine(order, itemId, item.getProductName(), item.getUnit(), quantity,
                    item.getPrice()));
        });
        order.moveTo(OrderStatus.PLACED, memberId, now);
        return order;
    }

    /** Registers the placement once the order has its id. */
    public void placed() {
        register(new OrderPlaced(id, groupBuyId, communityId, memberId));
    }

    /**
     * New quantities for the whole order, up or down, until the cutoff.
     *
     * @return the change per item id (positive: more units taken from stock), in item-id order
     */
    public Map<Long, Integer> change(GroupBuy groupBuy, Map<Long, Integer> quantities, OrderLimits limits,
                                     Instant now) {
        requireStatus(OrderStatus.PLACED);
        requireOpen(groupBuy, now);
        var wanted = validQuantities(groupBuy, quantities, limits);
        var deltas = new TreeMap<Long, Integer>();
        lines.forEach(line -> deltas.put(line.getItemId(), -line.getQuantity()));
        wanted.forEach((itemId, quantity) -> deltas.merge(itemId, quantity, Integer::sum));
        deltas.values().removeIf(delta -> delta == 0);

        lines.removeIf(line -> !wanted.containsKey(line.getItemId()));
        wanted.forEach((itemId, quantity) -> lines.stream().filter(line -> line.getItemId() == itemId).findFirst()
                .ifPresentOrElse(line -> line.changeQuantity(quantity), () -> {
                    var item = groupBuy.item(itemId);
                    lines.add(new OrderLine(this, itemId, item.getProductName(), item.getUnit(), quantity,
                            item.getPrice()));
                }));
        updatedAt = now;
        return deltas;
    }

    /** @return the quantities to give back to stock, by item id */
    public Map<Long, Integer> cancel(GroupBuy groupBuy, long actorId, Instant now) {
        requireStatus(OrderStatus.PLACED);
        requireOpen(groupBuy, now);
        moveTo(OrderStatus.CANCELLED, actorId, now);
        return quantities();
    }

    /**
     * 核销: the member collected their goods at the pickup point, and paid there (到店付) unless they
     * already had.
     */
    public void pickUp(long actorId, Instant now) {
        if (status == OrderStatus.PICKED_UP) {
            throw new OrderRejected("order.already-picked-up");
        }
        requireStatus(OrderStatus.READY_FOR_PICKUP);
        moveTo(OrderStatus.PICKED_UP, actorId, now);
        if (paymentStatus == PaymentStatus.UNPAID) {
            paymentStatus = PaymentStatus.PAID;
        }
        register(new OrderPickedUp(id, groupBuyId, communityId, memberId, now));
    }

    /**
     * 售后: pays back {@code quantity} units of a collected line. A partial refund leaves the order PAID
     * with the amount refunded beside it; once everything paid is refunded it is REFUNDED.
     *
     * @param refundId the after-sale request this refund settles
     * @return the amount refunded: the units at the price they were charged
     */
    public Money refund(long lineId, int quantity, long refundId, Instant now) {
        requireStatus(OrderStatus.PICKED_UP);
        var line = lines.stream().filter(candidate -> candidate.getId() == lineId && candidate.isActive()
                && candidate.getCollectedQuantity() > 0).findFirst()
                .orElseThrow(() -> new OrderRejected("order.line-unknown"));
        if (quantity < 1 || quantity > line.getRefundableQuantity()) {
            throw new OrderRejected("order.refund-quantity-invalid", line.getProductName(), line.getRefundableQuantity());
        }
        var amount = line.refund(quantity);
        refundedAmount = refundedAmount.plus(amount);
        if (refundedAmount.equals(getTotal())) {
            paymentStatus = PaymentStatus.REFUNDED;
        }
        updatedAt = now;
        register(new OrderLineRefunded(id, lineId, groupBuyId, communityId, memberId, quantity, amount, refundId, now));
        return amount;
    }

    /** The member came after the pickup window and the leader handed the goods over without the code. */
    public void collectLate(GroupBuy groupBuy, long actorId, Instant now) {
        requirePickupWindowOver(groupBuy);
        pickUp(actorId, now);
    }

    /** Nobody came within the pickup window: the leader takes the goods back, and nothing is owed. */
    public void returnUnclaimed(GroupBuy groupBuy, long actorId, Instant now) {
        requirePickupWindowOver(groupBuy);
        requireStatus(OrderStatus.READY_FOR_PICKUP);
        moveTo(OrderStatus.RETURNED, actorId, now);
    }

    private static void requirePickupWindowOver(GroupBuy groupBuy) {
        if (groupBuy.getStatus() != GroupBuyStatus.COMPLETED) {
            throw new OrderRejected("order.pickup-window-open");
        }
    }

    private static Map<Long, Integer> validQuantities(GroupBuy groupBuy, Map<Long, Integer> quantities,
                                                      OrderLimits limits) {
        var wanted = new TreeMap<Long, Integer>();
        quantities.forEach((itemId, quantity) -> {
            if (quantity == null || quantity < 0) {
                throw new OrderRejected("order.quantity-invalid");
            }
            var item = groupBuy.getItems().stream().filter(candidate -> candidate.getId().equals(itemId)).findFirst()
                    .orElseThrow(() -> new OrderRejected("order.item-unknown", itemId));
            if (item.getPerMemberLimit() != null && quantity > item.getPerMemberLimit()) {
                throw new LimitExceeded(item.getProductName(), item.getPerMemberLimit());
            }
            if (quantity > limits.maxQuantity()) {
                throw new OrderRejected("order.quantity-too-large", item.getProductName(), limits.maxQuantity());
            }
            if (quantity > 0) {
                wanted.put(itemId, quantity);
            }
        });
        if (wanted.isEmpty()) {
            throw new OrderRejected("order.empty");
        }
        return wanted;
    }

    private static void requireOpen(GroupBuy groupBuy, Instant now) {
        if (!groupBuy.acceptsOrdersAt(now)) {
            throw new CutoffPassed(groupBuy.getTitle());
        }
    }

    private void requireStatus(OrderStatus required) {
        if (status != required) {
            throw new OrderRejected("order.wrong-status", status);
        }
    }

    private void moveTo(OrderStatus next, Long actorId, Instant now) {
        transitions.add(new OrderTransition(this, status, next, actorId, now));
        status = next;
        updatedAt = now;
    }

    /** Quantities of the active lines by item id. */
    public Map<Long, Integer> quantities() {
        var quantities = new HashMap<Long, Integer>();
        lines.stream().filter(OrderLine::isActive).forEach(line -> quantities.put(line.getItemId(), line.getQuantity()));
        return quantities;
    }

    /** What the member pays: the active lines, less what was short at delivery. */
    public Money getTotal() {
        return lines.stream().filter(OrderLine::isActive).map(OrderLine::getAmount).reduce(Money.ZERO, Money::plus);
    }

    public Money getShortageAmount() {
        return shortageAmount;
    }

    public Money getRefundedAmount() {
        return refundedAmount;
    }

    /** When the member collected the order; null while they have not. */
    public Instant getPickedUpAt() {
        return transitions.stream().filter(step -> step.getToStatus() == OrderStatus.PICKED_UP)
                .map(OrderTransition::getAt).reduce((first, last) -> last).orElse(null);
    }

    public Long getId() {
        return id;
    }

    public long getGroupBuyId() {
        return groupBuyId;
    }

    public long getCommunityId() {
        return communityId;
    }

    public long getMemberId() {
        return memberId;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public PaymentStatus getPaymentStatus() {
        return paymentStatus;
    }

    public String getPickupCode() {
        return pickupCode;
    }

    public List<OrderLine> getLines() {
        return List.copyOf(lines);
    }

    public List<OrderTransition> getTransitions() {
        return List.copyOf(transitions);
    }

    public Instant getPlacedAt() {
        return placedAt;
    }
}
