-- 结算单: what one leader is paid for one month, DRAFT → APPROVED → PAID, made set-based for all
-- leaders at once. One per leader and month; an entry belongs to one settlement at most.
create sequence settlements_seq;

create table settlements (
    id                bigint primary key,
    leader_id         bigint      not null references users (id),
    period_start      date        not null check (extract(day from period_start) = 1),
    status            varchar(10) not null check (status in ('DRAFT', 'APPROVED', 'PAID')),
    total             bigint      not null,
    entry_count       int         not null check (entry_count > 0),
    created_at        timestamptz not null,
    created_by        bigint references users (id),
    approved_at       timestamptz,
    approved_by       bigint references users (id),
    paid_at           timestamptz,
    paid_by           bigint references users (id),
    payment_reference varchar(64),
    version           bigint      not null,
    constraint settlements_leader_period_uk unique (leader_id, period_start),
    constraint settlements_approved_ck check ((status = 'DRAFT') = (approved_at is null)),
    constraint settlements_paid_ck check ((status = 'PAID') = (paid_at is not null and payment_reference is not null))
);

create index settlements_period_ix on settlements (period_start desc, id desc);

create table settlement_entries (
    entry_id      bigint primary key references commission_entries (id),
    settlement_id bigint not null references settlements (id),
    community_id  bigint not null references communities (id)
);

create index settlement_entries_settlement_ix on settlement_entries (settlement_id, entry_id);

-- What a settlement holds never changes, and a paid one stays as it was paid.
create function settlements_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception '% refused on %: settlements keep their entries, and paid ones stay as paid', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger settlement_entries_append_only
    before update or delete on settlement_entries
    for each row execute function settlements_refuse_change();

create trigger settlement_entries_no_truncate
    before truncate on settlement_entries
    for each statement execute function settlements_refuse_change();

create trigger settlements_no_delete
    before delete on settlements
    for each row execute function settlements_refuse_change();

create trigger settlements_no_truncate
    before truncate on settlements
    for each statement execute function settlements_refuse_change();

create trigger settlements_paid_stay_paid
    before update on settlements
    for each row when (old.status = 'PAID')
    execute function settlements_refuse_change();
