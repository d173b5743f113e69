package com.linli.web.ratelimit;

/** One attempt taken from a bucket; {@link RateLimiter#release(Permit)} gives it back. */
public record Permit(RateLimit limit, String key) {
}
