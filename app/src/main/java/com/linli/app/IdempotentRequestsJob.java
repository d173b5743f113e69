package com.linli.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.linli.domain.idempotency.IdempotencyService;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Forgets the answers kept for API retries once their day is over, so the table holds one day of
 * keyed requests. In batches, each its own short transaction, on one node at a time.
 */
@Component
class IdempotentRequestsJob {

    private static final Logger log = LoggerFactory.getLogger(IdempotentRequestsJob.class);
    private static final int BATCH = 1_000;

    private final IdempotencyService idempotency;

    IdempotentRequestsJob(IdempotencyService idempotency) {
        this.idempotency = idempotency;
    }

    @Scheduled(fixedDelayString = "${linli.idempotent-requests.cleanup-interval:PT10M}")
    @SchedulerLock(name = "idempotent-requests", lockAtMostFor = "PT10M")
    void forgetExpired() {
        int forgotten = 0;
        int batch;
        do {
            batch = idempotency.forgetExpired(BATCH);
            forgotten += batch;
        } while (batch == BATCH);
        if (forgotten > 0) {
            log.debug("Forgot {} expired idempotency keys", forgotten);
        }
    }
}
