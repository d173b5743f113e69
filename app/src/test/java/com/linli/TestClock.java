package com.linli;

import org.springframework.context.annotation.Primary;

import com.linli.app.ApplicationClock;

/**
 * The application's clock in integration tests: the system clock until a test moves it. Every test
 * (and the scheduled jobs) share it, so a test that moves it puts it back with {@link #reset()} in a
 * {@code finally} or {@code @AfterEach}.
 */
@Primary
public class TestClock extends ApplicationClock {
}
