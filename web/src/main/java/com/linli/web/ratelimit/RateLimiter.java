package com.linli.web.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;

/**
 * The one mechanism behind every rate limit: a Bucket4j token bucket per limit and subject (an
 * address, an account …), kept in the database so that all app nodes share it. Take an attempt
 * with {@link #acquire}, give it back with {@link #release} when it turned out not to count, or
 * let {@link #attempt} do both around an action.
 */
@Component
public class RateLimiter {

    private final ProxyManager<String> buckets;
    private final Map<RateLimit, Quota> quotas = new EnumMap<>(RateLimit.class);
    private final Map<RateLimit, BucketConfiguration> configurations = new EnumMap<>(RateLimit.class);

    RateLimiter(ProxyManager<String> buckets, RateLimitProperties properties) {
        this.buckets = buckets;
        for (var limit : RateLimit.values()) {
            var quota = properties.quota(limit);
            quotas.put(limit, quota);
            configurations.put(limit, BucketConfiguration.builder()
                    .addLimit(bandwidth -> bandwidth.capacity(quota.capacity()).refillGreedy(quota.capacity(), quota.period()))
                    .build());
        }
    }

    public Quota quota(RateLimit limit) {
        return quotas.get(limit);
    }

    /** Takes one attempt from the subject's bucket. @throws RateLimited when none is left; nothing is taken then */
    public Permit acquire(RateLimit limit, String subject) {
        var key = key(limit, subject);
        var probe = bucket(limit, key).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new RateLimited(limit, Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
        return new Permit(limit, key);
    }

    /** Gives the attempt back: it did not count. */
    public void release(Permit permit) {
        bucket(permit.limit(), permit.key()).addTokens(1);
    }

    /** How long until the subject may make another attempt; zero when they may now. Takes nothing. */
    public Duration waitBeforeNext(RateLimit limit, String subject) {
        var estimate = bucket(limit, key(limit, subject)).estimateAbilityToConsume(1);
        return estimate.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(estimate.getNanosToWaitForRefill());
    }

    /** Counts an attempt that has already failed, for limits checked with {@link #waitBeforeNext} first. */
    public void charge(RateLimit limit, String subject) {
        bucket(limit, key(limit, subject)).tryConsume(1);
    }

    /** Runs the action as one attempt; if it throws, the attempt does not count. @throws RateLimited */
    public <T> T attempt(RateLimit limit, String subject, Supplier<T> action) {
        var permit = acquire(limit, subject);
        try {
            return action.get();
        } catch (RuntimeException e) {
            release(permit);
            throw e;
        }
    }

    private Bucket bucket(RateLimit limit, String key) {
        return buckets.builder().build(key, () -> configurations.get(limit));
    }

    /** Hashed, so the table holds no addresses or usernames and every key has the same short length. */
    private static String key(RateLimit limit, String subject) {
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(subject).getBytes(StandardCharsets.UTF_8));
            return limit.name().toLowerCase(Locale.ROOT) + ":" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
