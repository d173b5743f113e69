package com.linli.domain.groupbuy;

import com.linli.domain.community.Community;

/** A community's home for one of its members. */
public record CommunityHome(Community community, CommunityGroupBuys groupBuys) {
}
