package com.linli.domain.order;

import java.util.Map;

/**
 * One line of the 接龙 list: the order's number in joining order, who, and how many of each item.
 * Members see each other only by a masked name ({@link MemberChainEntry}); only the community's leader sees phones.
 *
 * @param phone null unless the viewer is the community's leader
 */
public record ChainEntry(int number, long orderId, String name, String phone, Map<Long, Integer> quantities,
                         OrderStatus status) {

    public ChainEntry {
        quantities = Map.copyOf(quantities);
    }

    /** 张三 → 张*; the first character only, whatever the length. */
    static String mask(String displayName) {
        if (displayName == null || displayName.isEmpty()) {
            return "*";
        }
        return displayName.substring(0, displayName.offsetByCodePoints(0, 1)) + "*";
    }
}
