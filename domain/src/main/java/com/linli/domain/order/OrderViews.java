package com.linli.domain.order;

import java.util.List;

import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.Paged;

/** What the order pages read, each in a fixed number of statements whatever the number of rows. */
public interface OrderViews {

    /**
     * One statement: the 接龙 of a group-buy, every order but the cancelled ones in joining order, each
     * with its member's name and phone and the quantities of its active lines.
     */
    List<ChainEntry> chain(long groupBuyId);

    /** One statement: a page of that 接龙, numbered across pages, with the number of entries in all. */
    Paged<ChainEntry> chain(long groupBuyId, PageQuery page);

    /** One statement: a page of a member's orders, latest first, with their group-buys and pickup points. */
    Paged<OrderSummary> ordersOf(long memberId, PageQuery page);

    /**
     * Two statements: a page of every order matching the search, newest first, with member, community,
     * group-buy and total; and their number, counted up to one past {@link OrderSearch#COUNT_CAP}.
     */
    Paged<OrderRow> search(OrderSearch search, PageQuery page);
}
