package com.linli.domain.insight;

/** The insight feature's own rollups of what other features own, recounted from their tables. */
public interface InsightRollups {

    /**
     * Recounts the sales of one group-buy (its confirmed orders per day, product and category) from
     * its orders as they are now in this transaction, replacing what was counted before.
     */
    void recountSales(long groupBuyId);
}
