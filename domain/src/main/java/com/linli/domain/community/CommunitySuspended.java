package com.linli.domain.community;

/** An admin suspended a community: its group-buys stop taking orders. */
public record CommunitySuspended(long communityId) {
}
