package com.linli.web.ratelimit;

import java.time.Duration;

/**
 * The named rate limits, each with its default quota: {@code capacity} attempts, refilled evenly
 * over {@code period} (so a bucket is full again one period after it ran dry). Override a quota with
 * {@code linli.rate-limits.<name>.capacity} and {@code .period}, e.g.
 * {@code linli.rate-limits.registrations-per-address.capacity=50}. A bucket keeps the quota it was
 * made with: a changed quota reaches a subject once its bucket has refilled and been removed (the
 * app's cleanup job runs every 10 minutes).
 *
 * <p>Subjects are client addresses from {@code request.getRemoteAddr()}: behind a reverse proxy or
 * load balancer set {@code server.forward-headers-strategy} (and let the proxy set
 * {@code X-Forwarded-For}), or every visitor shares the proxy's address and its buckets.
 */
public enum RateLimit {

    /**
     * Wrong passwords for one account, from anywhere. Generous and short-lived: an attacker who
     * hammers an account keeps its owner waiting at most a refill step (30 s) at a time, and gets
     * at most 10 guesses per 5 minutes at it, however many addresses they use.
     */
    LOGIN_FAILURES_PER_ACCOUNT(10, Duration.ofMinutes(5)),

    /**
     * Wrong passwords from one client address, for any accounts. Stricter: one machine guessing
     * gets 20 tries, then one every 3 minutes. It only ever stops that address, so nobody
     * elsewhere is kept from signing in by someone else's failures.
     */
    LOGIN_FAILURES_PER_ADDRESS(20, Duration.ofHours(1)),

    /**
     * Accounts created from one client address. Room for a family or a leader signing up neighbours
     * at the pickup point on one Wi-Fi, not for a script creating accounts by the hundred.
     */
    REGISTRATIONS_PER_ADDRESS(20, Duration.ofHours(1)),

    /**
     * Pickup codes a leader gets wrong (unknown or already used at their point): 10, then one a
     * minute. A hand-over queue at the counter never gets that far; walking the million codes of a
     * point would take years.
     */
    PICKUP_CODE_FAILURES_PER_LEADER(10, Duration.ofMinutes(10)),

    /**
     * After-sale requests one member sends, each with a photo of up to 5 MB: a bad week's worth of
     * complaints, not a script filling the database with photos.
     */
    REFUND_REQUESTS_PER_MEMBER(10, Duration.ofDays(1));

    private final Quota defaultQuota;

    RateLimit(long capacity, Duration period) {
        this.defaultQuota = new Quota(capacity, period);
    }

    Quota defaultQuota() {
        return defaultQuota;
    }
}
