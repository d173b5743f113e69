package com.linli.web.ratelimit;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code linli.rate-limits.<name>.capacity} and {@code .period}: what is given replaces the default. */
@ConfigurationProperties("linli")
record RateLimitProperties(Map<RateLimit, Given> rateLimits) {

    record Given(Long capacity, Duration period) {
    }

    Quota quota(RateLimit limit) {
        var defaults = limit.defaultQuota();
        var given = rateLimits == null ? null : rateLimits.get(limit);
        if (given == null) {
            return defaults;
        }
        return new Quota(given.capacity() != null ? given.capacity() : defaults.capacity(),
                given.period() != null ? given.period() : defaults.period());
    }
}
