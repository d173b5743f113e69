package com.linli.domain.community;

/** A member joins a community, perhaps invited by someone ({@code invitedBy} a user id, or null). */
public record JoinCommunity(long communityId, long memberId, Long invitedBy) {
}
