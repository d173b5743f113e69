package com.linli.domain.groupbuy;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.linli.domain.community.Communities;
import com.linli.domain.shared.NotFound;
import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.Paged;

/** The reads of the members' group-buy pages: one method per page, a fixed number of statements each. */
@Service
@Transactional(readOnly = true)
public class GroupBuyPages {

    private final Communities communities;
    private final GroupBuyViews views;

    GroupBuyPages(Communities communities, GroupBuyViews views) {
        this.communities = communities;
        this.views = views;
    }

    /**
     * The community with its group-buys when {@code memberId} belongs to it (two statements), empty when
     * they do not; a suspended community shows none.
     */
    public Optional<CommunityHome> communityHome(long communityId, long memberId, PageQuery closedPage) {
        var community = communities.findJoined(communityId, memberId);
        if (community.isEmpty()) {
            communities.findById(communityId).orElseThrow(() -> new NotFound("community", communityId));
            return Optional.empty();
        }
        var groupBuys = community.get().isActive() ? views.ofCommunity(communityId, closedPage)
                : new CommunityGroupBuys(List.of(), new Paged<>(List.of(), closedPage.page(), closedPage.size(), 0));
        return Optional.of(new CommunityHome(community.get(), groupBuys));
    }
}
