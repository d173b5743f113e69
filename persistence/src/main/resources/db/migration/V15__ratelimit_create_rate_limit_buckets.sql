-- Bucket4j's buckets (logins, registration, …): every app node takes from the same bucket.
-- id: the limit's name and a hash of its subject (an address, an account), so no personal data is kept;
-- state: Bucket4j's serialised bucket; expires_at: epoch millis when the bucket is full again and can go.
create table rate_limit_buckets (
    id         varchar(100) primary key,
    state      bytea,
    expires_at bigint
);

create index rate_limit_buckets_expiry_ix on rate_limit_buckets (expires_at);
