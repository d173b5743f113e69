package com.linli.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's one clock: the system's, in UTC. Only the demo moves it, while it loads its
 * history (last month's group-buys, pickups and settlements) through the real services at start-up,
 * before any request or scheduled job runs; it puts it back before it is done. Tests move it too.
 */
public class ApplicationClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    /** Moves the time on (or back, when negative) by {@code amount}, for everything that reads the clock. */
    public void advance(Duration amount) {
        offset.accumulateAndGet(amount, Duration::plus);
    }

    /** Back to the system's time. */
    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The application's clock is in UTC");
    }
}
