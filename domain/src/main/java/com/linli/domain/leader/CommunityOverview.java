package com.linli.domain.leader;

import com.linli.domain.community.CommunityStatus;

/** One line of the admin's community list: the community, its leader and how many members it has. */
public record CommunityOverview(long communityId, String name, String city, String district, CommunityStatus status,
                                Long leaderId, String leaderName, LeaderStatus leaderStatus, long memberCount) {
}
