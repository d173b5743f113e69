package com.linli.domain.order;

import com.linli.domain.groupbuy.GroupBuy;
import com.linli.domain.shared.Paged;

/**
 * A group-buy as its leader follows it: the items with what each has sold over all orders, and a page of
 * the 接龙 with names, phones and quantities, numbered across pages.
 */
public record LiveList(GroupBuy groupBuy, Paged<ChainEntry> chain) {
}
