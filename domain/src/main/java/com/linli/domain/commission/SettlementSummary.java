package com.linli.domain.commission;

import java.time.Instant;
import java.time.YearMonth;

import com.linli.domain.shared.Money;

/** A settlement in a list, with its leader and community named. */
public record SettlementSummary(long id, long leaderId, String leaderName, String communityName, YearMonth period,
                                SettlementStatus status, Money total, int entries, Instant createdAt, Instant paidAt,
                                String paymentReference) {
}
