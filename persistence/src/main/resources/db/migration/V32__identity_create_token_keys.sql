-- The key that signs API bearer tokens when none is configured (linli.api.token-secret): generated
-- by the first node to start and read by every other, so a token from one node holds on all of them
-- and across restarts. Anyone who can read this table can sign tokens: configure a secret in production.
create table token_keys (
    name       varchar(50) primary key,
    secret     bytea       not null,
    created_at timestamptz not null
);
