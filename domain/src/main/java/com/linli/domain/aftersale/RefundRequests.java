package com.linli.domain.aftersale;

import java.util.Optional;

/** The after-sale requests. */
public interface RefundRequests {

    /** Inserts now, so a second waiting request for the line is refused here and not at commit. */
    RefundRequest saveAndFlush(RefundRequest request);

    RefundRequest save(RefundRequest request);

    Optional<RefundRequest> findById(Long id);

    /** Loads a request holding an exclusive lock until the transaction ends: one decision at a time. */
    Optional<RefundRequest> findForDecision(Long id);

    boolean existsByOrderLineIdAndStatus(long orderLineId, RefundStatus status);
}
