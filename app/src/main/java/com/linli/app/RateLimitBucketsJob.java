package com.linli.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Deletes the rate-limit buckets that have refilled to full (they hold nothing a fresh bucket would
 * not), so the table stays as small as the set of recently limited addresses and accounts. In
 * batches, each in its own short transaction, on one node at a time.
 */
@Component
class RateLimitBucketsJob {

    private static final Logger log = LoggerFactory.getLogger(RateLimitBucketsJob.class);
    private static final int BATCH = 1_000;

    private final ExpiredEntriesCleaner buckets;

    RateLimitBucketsJob(ExpiredEntriesCleaner buckets) {
        this.buckets = buckets;
    }

    @Scheduled(fixedDelayString = "${linli.rate-limit-buckets.cleanup-interval:PT10M}")
    @SchedulerLock(name = "rate-limit-buckets", lockAtMostFor = "PT10M")
    void removeFullBuckets() {
        int removed = 0;
        int batch;
        do {
            batch = buckets.removeExpired(BATCH);
            removed += batch;
        } while (batch == BATCH);
        if (removed > 0) {
            log.debug("Removed {} full rate-limit buckets", removed);
        }
    }
}
