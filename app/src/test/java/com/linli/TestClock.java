package com.linli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.context.annotation.Primary;

/**
 * The application's clock in integration tests: the system clock until a test moves it. Every test
 * (and the scheduled jobs) share it, so a test that moves it puts it back with {@link #reset()} in a
 * {@code finally} or {@code @AfterEach}.
 */
@Primary
public class TestClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    /** Moves the time on by {@code amount}, for everything that reads the application's clock. */
    public void advance(Duration amount) {
        offset.accumulateAndGet(amount, Duration::plus);
    }

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
