package com.linli.domain.insight;

/**
 * Whose figures a dashboard shows: the whole platform, one city's communities, or one community.
 *
 * @param city        null for every city
 * @param communityId null for every community (of the city, if one is given)
 */
public record Scope(String city, Long communityId) {

    public static final Scope EVERYTHING = new Scope(null, null);

    public static Scope community(long communityId) {
        return new Scope(null, communityId);
    }
}
