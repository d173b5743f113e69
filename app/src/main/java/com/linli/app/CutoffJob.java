package com.linli.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.linli.domain.groupbuy.CutoffService;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Closes every open group-buy whose cutoff has passed, within half a minute of it, on one node at a
 * time. Each group-buy closes in its own transaction, so one failure does not hold up the others
 * and a rerun after a crash picks up exactly what was left open.
 */
@Component
class CutoffJob {

    private static final Logger log = LoggerFactory.getLogger(CutoffJob.class);

    private final CutoffService cutoff;

    CutoffJob(CutoffService cutoff) {
        this.cutoff = cutoff;
    }

    @Scheduled(fixedDelayString = "${linli.cutoff.interval:PT30S}")
    @SchedulerLock(name = "cutoff", lockAtMostFor = "PT10M")
    void closeDueGroupBuys() {
        for (var groupBuyId : cutoff.due()) {
            try {
                if (cutoff.close(groupBuyId)) {
                    log.info("Closed group-buy {} at its cutoff", groupBuyId);
                }
            } catch (RuntimeException e) {
                log.error("Could not close group-buy {}; the next run tries again", groupBuyId, e);
            }
        }
    }
}
