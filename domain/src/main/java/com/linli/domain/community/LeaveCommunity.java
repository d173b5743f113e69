package com.linli.domain.community;

public record LeaveCommunity(long communityId, long memberId) {
}
