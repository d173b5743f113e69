-- The first answer to an API request sent with an Idempotency-Key, per caller and key, so that a
-- retry within 24 hours gets the same answer instead of doing the work again. A row is claimed in
-- the same transaction as the work and completed before it commits: a concurrent duplicate waits on
-- the primary key and then finds the answer; when the work fails, the claim is rolled back with it.
-- fingerprint: a hash of method, path and body, so the same key with another request is refused.
-- Short-lived (a cleanup job deletes rows older than a day), so it is keyed by caller, not community.
create table idempotent_requests (
    user_id         bigint       not null references users (id),
    idempotency_key varchar(100) not null,
    fingerprint     varchar(64)  not null,
    status          int,
    location        varchar(200),
    body            text,
    created_at      timestamptz  not null,
    primary key (user_id, idempotency_key)
);

create index idempotent_requests_created_ix on idempotent_requests (created_at);
