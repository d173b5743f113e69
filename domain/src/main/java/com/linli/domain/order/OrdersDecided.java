package com.linli.domain.order;

import java.util.List;

/**
 * The cutoff decided every placed order of a group-buy at once: confirmed with every line, confirmed
 * with some lines voided, or voided. One event for the whole group-buy, however many orders it holds.
 */
public record OrdersDecided(long groupBuyId, List<Long> confirmed, List<Long> partlyConfirmed, List<Long> voided) {

    public OrdersDecided {
        confirmed = List.copyOf(confirmed);
        partlyConfirmed = List.copyOf(partlyConfirmed);
        voided = List.copyOf(voided);
    }
}
