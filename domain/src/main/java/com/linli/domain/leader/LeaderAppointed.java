package com.linli.domain.leader;

/** An application was approved: the user now leads the community. */
public record LeaderAppointed(long leaderId, long userId, long communityId) {
}
