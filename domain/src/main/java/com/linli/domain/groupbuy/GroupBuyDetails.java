package com.linli.domain.groupbuy;

import java.time.Instant;
import java.time.LocalDate;

/** What a leader writes about a group-buy besides its items. */
public record GroupBuyDetails(String title, String pitch, Instant closesAt, LocalDate pickupDate) {
}
