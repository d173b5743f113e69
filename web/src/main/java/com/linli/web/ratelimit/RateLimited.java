package com.linli.web.ratelimit;

import java.time.Duration;

/** Refused by a rate limit: nothing was done; the next attempt is allowed after {@link #retryAfter()}. */
public class RateLimited extends RuntimeException {

    private final RateLimit limit;
    private final Duration retryAfter;

    RateLimited(RateLimit limit, Duration retryAfter) {
        super(limit + " exhausted, retry after " + retryAfter);
        this.limit = limit;
        this.retryAfter = retryAfter;
    }

    public RateLimit limit() {
        return limit;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** The wait as people are told it: whole minutes, rounded up, at least one. */
    public long minutes() {
        return minutes(retryAfter);
    }

    public static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
