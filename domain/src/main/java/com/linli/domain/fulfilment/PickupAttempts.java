package com.linli.domain.fulfilment;

import java.time.Duration;

/**
 * How many pickup codes a leader may get wrong, so that nobody can walk the million codes of a
 * pickup point: the platform's rate limits, the same mechanism as failed logins.
 */
public interface PickupAttempts {

    /** How long the leader must wait before trying another code; zero when they may try now. */
    Duration waitBeforeNext(long leaderUserId);

    /** A code that opened no order waiting at the leader's point counts against their limit. */
    void failed(long leaderUserId);
}
