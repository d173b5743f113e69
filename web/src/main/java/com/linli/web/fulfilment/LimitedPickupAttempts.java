package com.linli.web.fulfilment;

import java.time.Duration;

import org.springframework.stereotype.Component;

import com.linli.domain.fulfilment.PickupAttempts;
import com.linli.web.ratelimit.RateLimit;
import com.linli.web.ratelimit.RateLimiter;

/**
 * Wrong pickup codes count against a bucket per leader, in the database like every rate limit, so
 * the limit holds on every node. The bucket is written on its own connection: the rejection that
 * rolls back the pickup's transaction does not roll back the count.
 */
@Component
class LimitedPickupAttempts implements PickupAttempts {

    private final RateLimiter limits;

    LimitedPickupAttempts(RateLimiter limits) {
        this.limits = limits;
    }

    @Override
    public Duration waitBeforeNext(long leaderUserId) {
        return limits.waitBeforeNext(RateLimit.PICKUP_CODE_FAILURES_PER_LEADER, String.valueOf(leaderUserId));
    }

    @Override
    public void failed(long leaderUserId) {
        limits.charge(RateLimit.PICKUP_CODE_FAILURES_PER_LEADER, String.valueOf(leaderUserId));
    }
}
