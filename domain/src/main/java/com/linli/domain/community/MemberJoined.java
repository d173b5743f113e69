package com.linli.domain.community;

/** Someone became a member of a community; {@code invitedBy} is null unless a member invited them. */
public record MemberJoined(long communityId, long memberId, Long invitedBy) {
}
