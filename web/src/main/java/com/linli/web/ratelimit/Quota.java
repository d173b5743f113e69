package com.linli.web.ratelimit;

import java.time.Duration;

/** How many attempts a bucket holds, refilled evenly over the period. */
public record Quota(long capacity, Duration period) {

    public Quota {
        if (capacity < 1 || period == null || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("A rate limit needs a capacity of at least 1 and a positive period, not "
                    + capacity + " per " + period);
        }
    }
}
