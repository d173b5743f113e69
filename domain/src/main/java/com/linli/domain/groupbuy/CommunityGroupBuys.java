package com.linli.domain.groupbuy;

import java.util.List;

import com.linli.domain.shared.Paged;

/** What members of a community see: every open group-buy by cutoff, then a page of the others, latest first. */
public record CommunityGroupBuys(List<GroupBuyCard> open, Paged<GroupBuyCard> closed) {

    public CommunityGroupBuys {
        open = List.copyOf(open);
    }

    public boolean isEmpty() {
        return open.isEmpty() && closed.items().isEmpty();
    }
}
