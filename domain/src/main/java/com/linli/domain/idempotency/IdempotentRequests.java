package com.linli.domain.idempotency;

import java.time.Instant;
import java.util.Optional;

/** The answers given to requests sent with an idempotency key, per caller and key. */
public interface IdempotentRequests {

    /**
     * Claims the key for a request with this fingerprint, in the caller's transaction: until it ends,
     * a concurrent claim of the same key waits. A claim older than {@code expiredBefore} is taken over.
     *
     * @return empty when claimed; otherwise the request that holds the key (committed, so answered)
     */
    Optional<Earlier> claim(long userId, String key, String fingerprint, Instant now, Instant expiredBefore);

    /** Records the answer to the claimed request; it commits with the work or not at all. */
    void answer(long userId, String key, Answer answer);

    /** Forgets the keys claimed before {@code before}, at most {@code limit}; @return how many */
    int deleteClaimedBefore(Instant before, int limit);

    /** A request that holds a key: what it was and how it was answered. */
    record Earlier(String fingerprint, Answer answer) {
    }
}
