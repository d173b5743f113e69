package com.linli;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import com.linli.app.ApplicationClock;

/**
 * The application's clock in integration tests: the system clock until a test moves it. Every test
 * (and the scheduled jobs) share it, so {@link LinliIntegrationTest} puts it back after each test.
 */
@Primary
public class TestClock extends ApplicationClock {

    /** Resets the shared clock after every test, so no test's time leaks into the next. */
    static final class ResetAfterEachTest implements AfterEachCallback {

        @Override
        public void afterEach(ExtensionContext context) {
            SpringExtension.getApplicationContext(context).getBean(TestClock.class).reset();
        }
    }
}
