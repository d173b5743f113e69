package com.linli.domain.commission;

import java.util.List;
import java.util.Optional;

/** The commission rules. */
public interface CommissionRules {

    /** Inserts or updates now, so an overlap the database refuses is refused here and not at commit. */
    CommissionRule saveAndFlush(CommissionRule rule);

    /** Loads a rule holding an exclusive lock until the transaction ends. */
    Optional<CommissionRule> findForChange(Long id);

    /** Every rule, past, present and planned, of this scope and target (null for DEFAULT). */
    List<CommissionRule> findSameTarget(CommissionScope scope, Long targetId);
}
