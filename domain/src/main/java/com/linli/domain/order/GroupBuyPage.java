package com.linli.domain.order;

import java.util.List;

import com.linli.domain.community.Community;
import com.linli.domain.groupbuy.GroupBuy;

/**
 * A group-buy as a member of its community sees it: its items, the member's own order (or null), the
 * 接龙 with masked names, and whether it takes orders now.
 */
public record GroupBuyPage(GroupBuy groupBuy, Community community, Order myOrder, List<MemberChainEntry> chain,
                           boolean open) {

    public GroupBuyPage {
        chain = List.copyOf(chain);
    }
}
