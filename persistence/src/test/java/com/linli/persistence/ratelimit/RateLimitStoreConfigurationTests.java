package com.linli.persistence.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.linli.persistence.testsupport.TestDatabaseConfiguration;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

/** The buckets in PostgreSQL: one row per key, locked while taken from, removed once full again. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
@Import({TestDatabaseConfiguration.class, RateLimitStoreConfiguration.class, RateLimitStoreConfigurationTests.Time.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)   // the buckets use their own transactions, as in the app
class RateLimitStoreConfigurationTests {

    private static final BucketConfiguration TWENTY_PER_HOUR = BucketConfiguration.builder()
            .addLimit(limit -> limit.capacity(20).refillGreedy(20, Duration.ofHours(1))).build();

    @Autowired
    PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    @Autowired
    JdbcClient jdbc;

    @Test
    void parallelTakesFromOneBucketNeverExceedItsCapacity() throws Exception {
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(8);
        var takes = new ArrayList<Callable<Boolean>>();
        for (int i = 0; i < 60; i++) {
            takes.add(() -> {
                start.await();
                return buckets.builder().build("test:parallel", () -> TWENTY_PER_HOUR).tryConsume(1);
            });
        }
        try {
            var futures = takes.stream().map(pool::submit).toList();
            start.countDown();
            long granted = 0;
            for (var future : futures) {
                granted += future.get() ? 1 : 0;
            }
            assertThat(granted).isEqualTo(20);
        } finally {
            pool.shutdown();
        }
        assertThat(rows("test:parallel")).isEqualTo(1);
    }

    @Test
    void aBucketExpiresWhenItWouldBeFullAgainAndIsThenRemoved() {
        var before = System.currentTimeMillis();
        buckets.builder().build("test:old", () -> TWENTY_PER_HOUR).tryConsume(5);
        buckets.builder().build("test:recent", () -> TWENTY_PER_HOUR).tryConsume(5);

        // 5 of 20 per hour come back in 15 minutes
        assertThat(expiresAt("test:recent")).isBetween(before + Duration.ofMinutes(14).toMillis(),
                System.currentTimeMillis() + Duration.ofMinutes(16).toMillis());
        jdbc.sql("update rate_limit_buckets set expires_at = :past where id = 'test:old'")
                .param("past", before - 1).update();
        buckets.removeExpired(1_000);

        assertThat(rows("test:old")).isZero();
        assertThat(rows("test:recent")).isEqualTo(1);
    }

    private long expiresAt(String key) {
        return jdbc.sql("select expires_at from rate_limit_buckets where id = :key").param("key", key)
                .query(Long.class).single();
    }

    private int rows(String key) {
        return jdbc.sql("select count(*) from rate_limit_buckets where id = :key").param("key", key)
                .query(Integer.class).single();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Time {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }
}
