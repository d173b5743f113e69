package com.linli.domain.community;

/** A community in a directory, with how many members it has. */
public record ListedCommunity(Community community, long memberCount) {
}
