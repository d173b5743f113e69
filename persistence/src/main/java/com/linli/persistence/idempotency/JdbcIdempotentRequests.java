package com.linli.persistence.idempotency;

import static com.linli.persistence.shared.SqlBesideJpa.at;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.linli.domain.idempotency.Answer;
import com.linli.domain.idempotency.IdempotentRequests;

/**
 * Keys as rows under a primary key: claiming inserts, so a second claim of the same key waits for the
 * first transaction and then finds its row, or takes the key when the first rolled back.
 */
@Repository
class JdbcIdempotentRequests implements IdempotentRequests {

    private final JdbcClient jdbc;

    JdbcIdempotentRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Earlier> claim(long userId, String key, String fingerprint, Instant now, Instant expiredBefore) {
        var claimed = jdbc.sql("""
                        insert into idempotent_requests (user_id, idempotency_key, fingerprint, created_at)
                        values (:user, :key, :fingerprint, :now)
                        on conflict (user_id, idempotency_key) do update
                            set fingerprint = excluded.fingerprint, created_at = excluded.created_at,
                                status = null, location = null, body = null
                            where idempotent_requests.created_at < :expiredBefore""")
                .param("user", userId).param("key", key).param("fingerprint", fingerprint)
                .param("now", at(now)).param("expiredBefore", at(expiredBefore))
                .update() == 1;
        if (claimed) {
            return Optional.empty();
        }
        // a new statement, so it sees the row of the transaction the claim waited for
        return Optional.of(jdbc.sql("""
                        select fingerprint, status, location, body from idempotent_requests
                        where user_id = :user and idempotency_key = :key""")
                .param("user", userId).param("key", key)
                .query((row, number) -> new Earlier(row.getString("fingerprint"),
                        new Answer(row.getInt("status"), row.getString("location"), row.getString("body"))))
                .single());
    }

    @Override
    public void answer(long userId, String key, Answer answer) {
        jdbc.sql("""
                        update idempotent_requests set status = :status, location = :location, body = :body
                        where user_id = :user and idempotency_key = :key""")
                .param("status", answer.status()).param("location", answer.location()).param("body", answer.body())
                .param("user", userId).param("key", key)
                .update();
    }

    @Override
    public int deleteClaimedBefore(Instant before, int limit) {
        return jdbc.sql("""
                        delete from idempotent_requests where ctid in (
                            select ctid from idempotent_requests where created_at < :before limit :limit)""")
                .param("before", at(before)).param("limit", limit)
                .update();
    }
}
