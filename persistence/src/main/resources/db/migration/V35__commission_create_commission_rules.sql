-- Commission rules: a rate in basis points for one scope and target over a period. Two rules of the
-- same scope and target are never in force at once: the exclusion constraint compares scope and
-- target with = inside a GiST index, which btree_gist provides (a trusted extension since PostgreSQL
-- 13, so the database's owner may create it; PostgreSQL's own and the embedded binaries ship it).
create extension if not exists btree_gist;

create sequence commission_rules_seq increment by 50;

create table commission_rules (
    id              bigint primary key,
    scope           varchar(10) not null check (scope in ('PRODUCT', 'CATEGORY', 'SUPPLIER', 'LEADER', 'DEFAULT')),
    target_id       bigint check (target_id > 0),
    rate_bp         int         not null check (rate_bp between 0 and 10000),
    effective_from  timestamptz not null,
    -- exclusive; null while the rule has no end
    effective_until timestamptz,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         bigint      not null,
    constraint commission_rules_target_ck check ((scope = 'DEFAULT') = (target_id is null)),
    constraint commission_rules_period_ck check (effective_until is null or effective_until > effective_from),
    constraint commission_rules_no_overlap exclude using gist (
        scope with =,
        (coalesce(target_id, 0)) with =,
        (tstzrange(effective_from, effective_until, '[)')) with &&)
);

create index commission_rules_target_ix on commission_rules (scope, target_id);
