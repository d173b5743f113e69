package com.linli.domain.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests a client may send again (a retry after a timeout, a double tap) are done once: the first
 * with a key does the work and its answer is kept for {@link #RETENTION}; the same key with the same
 * request gets that answer without the work being done again, even when both arrive at once; the
 * same key with another request is refused. The work runs in this transaction, so its answer is kept
 * exactly when it commits; work that is refused keeps nothing, and asking again asks anew.
 */
@Service
@Transactional
public class IdempotencyService {

    /** How long an answer is kept for retries. */
    public static final Duration RETENTION = Duration.ofHours(24);

    private final IdempotentRequests requests;
    private final Clock clock;

    IdempotencyService(IdempotentRequests requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    /**
     * @param fingerprint what makes two requests the same (e.g. a hash of method, path and body)
     * @param work        does the request and says its answer; runs at most once per key
     * @throws IdempotencyKeyReused when the key was used for a different request
     */
    public Answered once(long userId, String key, String fingerprint, Supplier<Answer> work) {
        var now = clock.instant();
        var earlier = requests.claim(userId, key, fingerprint, now, now.minus(RETENTION));
        if (earlier.isPresent()) {
            if (!earlier.get().fingerprint().equals(fingerprint)) {
                throw new IdempotencyKeyReused();
            }
            return new Answered(earlier.get().answer(), true);
        }
        var answer = work.get();
        requests.answer(userId, key, answer);
        return new Answered(answer, false);
    }

    /** Forgets answers past their retention, a batch at a time; @return how many */
    public int forgetExpired(int batch) {
        return requests.deleteClaimedBefore(clock.instant().minus(RETENTION), batch);
    }

    /** @param replayed whether this is the kept answer of an earlier request */
    public record Answered(Answer answer, boolean replayed) {
    }
}
