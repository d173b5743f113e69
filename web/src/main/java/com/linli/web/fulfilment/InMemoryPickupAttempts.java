package com.linli.web.fulfilment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import com.linli.domain.fulfilment.PickupAttempts;

/**
 * PLACEHOLDER until the platform's rate limits (Bucket4j buckets in PostgreSQL, as for logins) are
 * merged: then a bucket per leader replaces this class, with the same limit. Held in this node's
 * memory only, so it does not hold across nodes. At most {@value #FAILURES} wrong codes per leader
 * in {@link #WINDOW}: walking a point's million codes would take years.
 */
@Component
class InMemoryPickupAttempts implements PickupAttempts {

    static final int FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final Map<Long, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    InMemoryPickupAttempts(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Duration waitBeforeNext(long leaderUserId) {
        var window = windows.get(leaderUserId);
        var now = clock.instant();
        if (window == null || window.failures() < FAILURES || !now.isBefore(window.ends())) {
            return Duration.ZERO;
        }
        return Duration.between(now, window.ends());
    }

    @Override
    public void failed(long leaderUserId) {
        var now = clock.instant();
        windows.compute(leaderUserId, (leader, window) -> window == null || !now.isBefore(window.ends())
                ? new Window(now.plus(WINDOW), 1) : new Window(window.ends(), window.failures() + 1));
    }

    private record Window(Instant ends, int failures) {
    }
}
