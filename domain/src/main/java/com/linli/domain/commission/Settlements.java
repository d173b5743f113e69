package com.linli.domain.commission;

import java.util.Optional;

/** The settlements, changed one at a time. */
public interface Settlements {

    /** Loads a settlement holding an exclusive lock until the transaction ends: one decision at a time. */
    Optional<Settlement> findForChange(Long id);

    Settlement save(Settlement settlement);
}
