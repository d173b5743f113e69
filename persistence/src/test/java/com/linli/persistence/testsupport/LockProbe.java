package com.linli.persistence.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two transactions on real PostgreSQL, the second started while the first holds what it took.
 * Test methods using it must not run in a test transaction of their own.
 */
public final class LockProbe {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;

    public LockProbe(PlatformTransactionManager transactions, JdbcClient jdbc) {
        this.transactions = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
    }

    /** The second waits in the database until the first commits; what it returns then. */
    public <T> T secondWaitsForFirst(Runnable first, Supplier<T> second) {
        var executor = Executors.newSingleThreadExecutor();
        try {
            var secondDone = whileFirstHolds(first, () -> {
                var waitingBefore = waitingForLocks();
                var started = inTransaction(executor, second);
                assertThat(waitsForALock(waitingBefore)).as("the second transaction waits for a lock").isTrue();
                return started;
            });
            return get(secondDone);
        } finally {
            executor.shutdownNow();
        }
    }

    /** The second finishes while the first still holds what it took; what it returns. */
    public <T> T secondGoesOnWhileFirstHolds(Runnable first, Supplier<T> second) {
        var executor = Executors.newSingleThreadExecutor();
        try {
            return whileFirstHolds(first, () -> get(inTransaction(executor, second)));
        } finally {
            executor.shutdownNow();
        }
    }

    /** Runs {@code first} in a transaction on another thread, and {@code meanwhile} before that transaction commits. */
    private <T> T whileFirstHolds(Runnable first, Callable<T> meanwhile) {
        var holding = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var executor = Executors.newSingleThreadExecutor();
        try {
            var firstDone = executor.submit(() -> transactions.executeWithoutResult(status -> {
                first.run();
                holding.countDown();
                await(release);
            }));
            await(holding);
            T result;
            try {
                result = meanwhile.call();
            } finally {
                release.countDown();
            }
            get(firstDone);
            return result;
        } catch (Exception e) {
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        } finally {
            executor.shutdownNow();
        }
    }

    private <T> Future<T> inTransaction(ExecutorService executor, Supplier<T> work) {
        return executor.submit(() -> transactions.execute(status -> work.get()));
    }

    private boolean waitsForALock(int waitingBefore) {
        var deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            if (waitingForLocks() > waitingBefore) {
                return true;
            }
            sleep();
        }
        return false;
    }

    private int waitingForLocks() {
        return jdbc.sql("select count(*) from pg_locks where not granted").query(Integer.class).single();
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("gave up waiting");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("gave up waiting", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
