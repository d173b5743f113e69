package com.linli.domain.groupbuy;

import com.linli.domain.shared.PageQuery;

/** What the group-buy pages read, each in a fixed number of statements whatever the number of rows. */
public interface GroupBuyViews {

    /** One statement: the open group-buys of a community and a page of its closed ones, as cards. */
    CommunityGroupBuys ofCommunity(long communityId, PageQuery closedPage);
}
