package com.linli.domain.groupbuy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.linli.domain.shared.BusinessTime;
import com.linli.domain.shared.Money;

/** Group-buys as the database would hand them back: with ids. */
public final class GroupBuyFixtures {

    public static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    public static final Instant CUTOFF = Instant.parse("2026-11-20T15:00:00Z"); // 23:00 in Shanghai
    public static final LocalDate PICKUP = CUTOFF.atZone(BusinessTime.ZONE).toLocalDate().plusDays(1);

    private GroupBuyFixtures() {
    }

    public static ItemSpec item(long productId, String name, long priceFen, int threshold, Integer stock, Integer limit,
                                PriceTier... tiers) {
        return new ItemSpec(productId, name, "份", Money.ofFen(500), Money.ofFen(5000), Money.ofFen(priceFen), threshold,
                stock, limit, List.of(tiers));
    }

    public static GroupBuyDetails details() {
        return new GroupBuyDetails("丑橘今日开团", "四川蒲江丑橘，现摘现发", CUTOFF, PICKUP);
    }

    /** An open group-buy whose items have ids 1, 2, … in the order given. */
    public static GroupBuy open(ItemSpec... items) {
        var groupBuy = GroupBuy.draft(7, 70, details(), List.of(items), NOW);
        setId(groupBuy, 100L);
        long itemId = 1;
        for (var item : groupBuy.getItems()) {
            setId(item, itemId++);
        }
        groupBuy.publish(supplies(groupBuy), NOW);
        return groupBuy;
    }

    /** Every product of the group-buy from supplier 3 at ¥4.00. */
    public static Map<Long, Supply> supplies(GroupBuy groupBuy) {
        return groupBuy.getItems().stream()
                .collect(Collectors.toMap(GroupBuyItem::getProductId, item -> new Supply(3, Money.ofFen(400))));
    }

    public static void setId(Object entity, Long id) {
        set(entity, "id", id);
    }

    /** A field as a set-based statement of the database would leave it. */
    public static void set(Object entity, String name, Object value) {
        try {
            Field field = entity.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(entity, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
