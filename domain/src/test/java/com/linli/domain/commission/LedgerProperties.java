package com.linli.domain.commission;

import static com.linli.domain.groupbuy.GroupBuyFixtures.CUTOFF;
import static com.linli.domain.groupbuy.GroupBuyFixtures.NOW;
import static com.linli.domain.groupbuy.GroupBuyFixtures.details;
import static com.linli.domain.groupbuy.GroupBuyFixtures.set;
import static com.linli.domain.groupbuy.GroupBuyFixtures.setId;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.linli.domain.groupbuy.GroupBuy;
import com.linli.domain.groupbuy.ItemSpec;
import com.linli.domain.groupbuy.Supply;
import com.linli.domain.order.OrderFixtures;
import com.linli.domain.order.Order;
import com.linli.domain.order.OrderLimits;
import com.linli.domain.order.OrderLine;
import com.linli.domain.order.OrderLineRefunded;
import com.linli.domain.order.OrderStatus;
import com.linli.domain.order.PaymentStatus;
import com.linli.domain.shared.Money;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The ledger reconciles for any group-buy: any products, supply prices and rules, any orders, any
 * items failing their threshold, any shortages at delivery and any sequence of refunds. Every fen
 * members paid and kept paying is supplier cost, leader commission or platform margin, and the
 * commission is exactly what the ledger's entries add up to.
 */
class LedgerProperties {

    private static final long LEADER = 70;

    /** A catalog product: prices in fen, its category and supplier. */
    record Product(long price, long supply, int threshold, long categoryId, long supplierId) {
    }

    /**
     * @param rules    by scope, the rate per target, at most one rule per scope and target
     * @param orders   per member, the quantity per product (by index)
     * @param shorts   per order and product, the units short at delivery (capped at the quantity)
     * @param refunds  per order and product, the units asked back, one refund each (capped at what is left)
     */
    record Sale(List<Product> products, Map<CommissionScope, Map<Long, Integer>> rules, List<List<Integer>> orders,
                List<List<Integer>> shorts, List<List<List<Integer>>> refunds) {
    }

    @Property(tries = 300)
    void everyFenPaidIsSupplierCostCommissionOrPlatformMarginAndTheCommissionIsTheLedgers(@ForAll("sales") Sale sale) {
        var groupBuy = groupBuy(sale.products());
        var orders = place(sale, groupBuy);
        var soldByItem = new HashMap<Long, Integer>();
        orders.forEach(order -> order.quantities().forEach((item, quantity) -> soldByItem.merge(item, quantity, Integer::sum)));
        groupBuy.close(soldByItem, CUTOFF);

        var ledger = new Ledger();
        long refundId = 0;
        long paid = 0;
        long supplierCost = 0;
        long platformMargin = 0;
        long commission = 0;
        for (int o = 0; o < orders.size(); o++) {
            var order = orders.get(o);
            OrderFixtures.decide(order, groupBuy, "%06d".formatted(o));
            if (order.getStatus() != OrderStatus.CONFIRMED) {
                continue;
            }
            for (var line : order.getLines()) {
                set(line, "shortQuantity", Math.min(sale.shorts().get(o).get(product(groupBuy, line)), line.getQuantity()));
            }
            if (order.getLines().stream().noneMatch(line -> line.isActive() && line.getCollectedQuantity() > 0)) {
                continue; // nothing arrived: the arrival voids it, nobody picks it up
            }
            set(order, "status", OrderStatus.READY_FOR_PICKUP);
            order.pickUp(LEADER, NOW);
            order.pullEvents();
            order.getLines().stream().filter(line -> line.isActive() && line.getCollectedQuantity() > 0)
                    .forEach(line -> ledger.earn(order, line, rate(sale, groupBuy, line)));
            for (var line : order.getLines()) {
                if (!line.isActive()) {
                    continue;
                }
                for (int asked : sale.refunds().get(o).get(product(groupBuy, line))) {
                    var units = Math.min(asked, line.getRefundableQuantity());
                    if (units > 0) {
                        order.refund(line.getId(), units, ++refundId, NOW);
                    }
                }
            }
            order.pullEvents().forEach(event -> ledger.reverse((OrderLineRefunded) event));

            paid += order.getTotal().fen() - order.getRefundedAmount().fen();
            assertThat(order.getPaymentStatus()).isEqualTo(order.getRefundedAmount().equals(order.getTotal())
                    ? PaymentStatus.REFUNDED : PaymentStatus.PAID);
            for (var line : order.getLines()) {
                if (!line.isActive()) {
                    continue;
                }
                var kept = line.getCollectedQuantity() - line.getRefundedQuantity();
                var net = line.getFinalUnitPrice().times(kept);
                var cost = sale.products().get(product(groupBuy, line)).supply() * kept;
                var earned = rate(sale, groupBuy, line).of(net).fen();
                supplierCost += cost;
                commission += earned;
                platformMargin += net.fen() - cost - earned;
                assertThat(ledger.sum(line)).as("the ledger of a line holds the commission on what is left of it")
                        .isEqualTo(earned);
            }
        }

        assertThat(paid).isEqualTo(supplierCost + ledger.total() + platformMargin);
        assertThat(ledger.total()).isEqualTo(commission);
        assertThat(ledger.entries()).allSatisfy(entry -> assertThat(entry.kind() == EntryKind.EARNED
                ? entry.amount().fen() >= 0 : entry.amount().fen() <= 0).isTrue());
    }

    /** The line's rate as the cutoff resolves it: the first scope in precedence with a rule for the line. */
    private static Rate rate(Sale sale, GroupBuy groupBuy, OrderLine line) {
        var index = product(groupBuy, line);
        var product = sale.products().get(index);
        for (var scope : CommissionScope.values()) {
            var target = switch (scope) {
                case PRODUCT -> (long) index;
                case CATEGORY -> product.categoryId();
                case SUPPLIER -> product.supplierId();
                case LEADER -> LEADER;
                case DEFAULT -> 0L;
            };
            var basisPoints = sale.rules().getOrDefault(scope, Map.of()).get(target);
            if (basisPoints != null) {
                return new Rate(basisPoints);
            }
        }
        return Rate.ZERO;
    }

    private static int product(GroupBuy groupBuy, OrderLine line) {
        return (int) groupBuy.item(line.getItemId()).getProductId();
    }

    private static GroupBuy groupBuy(List<Product> products) {
        var items = new ArrayList<ItemSpec>();
        var supplies = new HashMap<Long, Supply>();
        for (int p = 0; p < products.size(); p++) {
            var product = products.get(p);
            items.add(new ItemSpec(p, "商品" + p, "份", Money.ofFen(product.price()), Money.ofFen(product.price()),
                    Money.ofFen(product.price()), product.threshold(), null, null, List.of()));
            supplies.put((long) p, new Supply(product.supplierId(), Money.ofFen(product.supply())));
        }
        var groupBuy = GroupBuy.draft(7, LEADER, details(), items, NOW);
        setId(groupBuy, 100L);
        long itemId = 1;
        for (var item : groupBuy.getItems()) {
            setId(item, itemId++);
        }
        groupBuy.publish(supplies, NOW);
        return groupBuy;
    }

    private static List<Order> place(Sale sale, GroupBuy groupBuy) {
        var orders = new ArrayList<Order>();
        long lineId = 1;
        for (int m = 0; m < sale.orders().size(); m++) {
            var quantities = new HashMap<Long, Integer>();
            for (var item : groupBuy.getItems()) {
                quantities.put(item.getId(), sale.orders().get(m).get((int) item.getProductId()));
            }
            if (quantities.values().stream().allMatch(quantity -> quantity == 0)) {
                continue;
            }
            var order = Order.place(groupBuy, 1000 + m, quantities, new OrderLimits(999), NOW);
            setId(order, 500L + m);
            for (var line : order.getLines()) {
                setId(line, lineId++);
            }
            orders.add(order);
        }
        return orders;
    }

    /** The ledger kept as the application keeps it: an earned entry per collected line, a reversal per refund. */
    private static final class Ledger {

        private final List<CommissionEntry> entries = new ArrayList<>();
        private final Map<Long, LineBalance> balances = new HashMap<>();

        void earn(Order order, OrderLine line, Rate rate) {
            var entry = CommissionEntry.earned(new PickedUpLine(line.getId(), order.getId(), order.getGroupBuyId(),
                    order.getCommunityId(), LEADER, line.getCollectedQuantity(), line.getAmount(), rate), NOW);
            append(entry, new LineBalance(line.getId(), order.getId(), order.getGroupBuyId(), order.getCommunityId(),
                    LEADER, rate, Money.ZERO, Money.ZERO));
        }

        void reverse(OrderLineRefunded refunded) {
            var balance = balances.get(refunded.orderLineId());
            append(CommissionEntry.reversal(balance, refunded.quantity(), refunded.amount(), refunded.refundId(), NOW),
                    balance);
        }

        private void append(CommissionEntry entry, LineBalance before) {
            entries.add(entry);
            balances.put(entry.orderLineId(), new LineBalance(before.orderLineId(), before.orderId(),
                    before.groupBuyId(), before.communityId(), before.leaderId(), before.rate(),
                    before.base().plus(entry.base()), before.commission().plus(entry.amount())));
        }

        long sum(OrderLine line) {
            var balance = balances.get(line.getId());
            return balance == null ? 0 : balance.commission().fen();
        }

        long total() {
            return entries.stream().mapToLong(entry -> entry.amount().fen()).sum();
        }

        List<CommissionEntry> entries() {
            return entries;
        }
    }

    @Provide
    Arbitrary<Sale> sales() {
        var product = Combinators.combine(Arbitraries.longs().between(1, 99_999), Arbitraries.longs().between(1, 99_999),
                Arbitraries.integers().between(1, 8), Arbitraries.longs().between(1, 3), Arbitraries.longs().between(1, 3))
                .as((a, b, threshold, category, supplier) -> new Product(Math.max(a, b), Math.min(a, b), threshold,
                        category, supplier));
        var rate = Arbitraries.integers().between(0, Rate.MAX);
        var rules = Arbitraries.maps(Arbitraries.of(CommissionScope.class),
                Arbitraries.maps(Arbitraries.longs().between(0, 3), rate).ofMaxSize(4)).ofMaxSize(5)
                .map(byScope -> {
                    var copy = new HashMap<>(byScope);
                    copy.computeIfPresent(CommissionScope.DEFAULT, (scope, targets) -> targets.isEmpty() ? targets
                            : Map.of(0L, targets.values().iterator().next()));
                    copy.computeIfPresent(CommissionScope.LEADER, (scope, targets) -> targets.isEmpty() ? targets
                            : Map.of(LEADER, targets.values().iterator().next()));
                    return (Map<CommissionScope, Map<Long, Integer>>) copy;
                });
        return product.list().ofMinSize(1).ofMaxSize(4).flatMap(products -> {
            int count = products.size();
            var perProduct = Arbitraries.integers().between(0, 6).list().ofSize(count);
            var members = Arbitraries.integers().between(1, 8);
            return members.flatMap(m -> Combinators.combine(rules, perProduct.list().ofSize(m),
                    perProduct.list().ofSize(m),
                    Arbitraries.integers().between(1, 4).list().ofMaxSize(3).list().ofSize(count).list().ofSize(m))
                    .as((ruleSet, orders, shorts, refunds) -> new Sale(products, ruleSet, orders, shorts, refunds)));
        });
    }
}
