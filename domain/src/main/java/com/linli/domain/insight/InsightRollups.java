package com.linli.domain.insight;

/** The insight feature's own rollups of what other features own, recounted from their tables. */
public interface InsightRollups {

    /**
     * Recounts the sales of one group-buy (its confirmed orders per day, product and category) from
     * its orders as they are now in this transaction, replacing what was counted before.
     */
    void recountSales(long groupBuyId);

    /**
     * Counts the decided items and the buyers of one group-buy whose orders have all left PLACED (at its
     * cutoff, or voided by a cancellation before it); a second call for the same group-buy does nothing.
     */
    void recordDecided(long groupBuyId);
}
