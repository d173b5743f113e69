package com.linli.domain.commission;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.Paged;

/** What the settlement pages and exports read, each in one statement. */
public interface SettlementViews {

    /** Newest period first; a null filter does not filter. */
    Paged<SettlementSummary> settlements(YearMonth period, SettlementStatus status, PageQuery page);

    Optional<SettlementSummary> settlement(long id);

    SettlementReview.Figures figures(long settlementId);

    /** Its entries, oldest first. */
    Paged<EntryRow> entries(long settlementId, PageQuery page);

    List<EntryRow> allEntries(long settlementId);
}
