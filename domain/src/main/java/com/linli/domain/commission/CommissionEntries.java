package com.linli.domain.commission;

import java.util.List;
import java.util.Optional;

/** The commission ledger: appended to, never changed. */
public interface CommissionEntries {

    /** The order's active lines of which the member took something home, with the rate frozen on each. */
    List<PickedUpLine> pickedUpLines(long orderId);

    /** The sums of the line's entries, if it earned. */
    Optional<LineBalance> balanceOf(long orderLineId);

    /**
     * Appends the entries, each at most once: an earned entry for a line or a reversal for a refund
     * already in the ledger is left out, whoever wrote it and however at once.
     *
     * @return how many were appended
     */
    int append(List<CommissionEntry> entries);
}
