package com.linli.domain.commission;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import com.linli.domain.shared.Money;

/** Settlements made for every leader at once, set-based, however many leaders and entries. */
public interface SettlementDrafts {

    /**
     * A draft for the period for every leader with entries recorded before {@code until} that no
     * settlement holds yet, each holding all of them and their sum. A leader who has a settlement
     * for the period already gets none; an entry goes into one settlement only, whoever settles at
     * the same time.
     *
     * @return the drafts made
     */
    List<Draft> create(YearMonth period, Instant until, Long createdBy, Instant now);

    /** A draft just made, named for the audit log. */
    record Draft(long settlementId, long leaderId, String leaderName, Money total, int entries) {
    }
}
