package com.linli.domain.order;

import java.util.List;

import com.linli.domain.groupbuy.GroupBuyItem;

/**
 * One line of the 接龙 as members of the community see it: a masked name, no phone, and what was ordered,
 * item by item in the group-buy's order (" · 丑橘 ×2"), put together once here rather than per item and row
 * in the template, where a 接龙 of hundreds of orders made most of the page's work.
 */
public record MemberChainEntry(String name, List<String> lines) {

    public MemberChainEntry {
        lines = List.copyOf(lines);
    }

    static MemberChainEntry of(ChainEntry entry, List<GroupBuyItem> items) {
        var lines = items.stream().filter(item -> entry.quantities().get(item.getId()) != null)
                .map(item -> " · " + item.getProductName() + " ×" + entry.quantities().get(item.getId())).toList();
        return new MemberChainEntry(ChainEntry.mask(entry.name()), lines);
    }
}
