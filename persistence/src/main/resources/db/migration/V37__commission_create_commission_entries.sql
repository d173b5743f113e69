-- 佣金流水: the append-only commission ledger. A collected line earns once (EARNED); each refund of it
-- takes its share back once (REVERSED, negative). Written only by the application's ledger.
create sequence commission_entries_seq;

create table commission_entries (
    id            bigint primary key,
    kind          varchar(10) not null check (kind in ('EARNED', 'REVERSED')),
    order_line_id bigint      not null references order_lines (id),
    order_id      bigint      not null references orders (id),
    group_buy_id  bigint      not null references group_buys (id),
    community_id  bigint      not null references communities (id),
    -- the user who ran the group-buy: the leader who earns
    leader_id     bigint      not null references users (id),
    units         int         not null,
    base_amount   bigint      not null,
    rate_bp       int         not null check (rate_bp between 0 and 10000),
    amount        bigint      not null,
    -- the after-sale request a reversal answers (its foreign key comes with that table, V39)
    refund_id     bigint,
    recorded_at   timestamptz not null,
    constraint commission_entries_kind_ck check (
        (kind = 'EARNED' and refund_id is null and units > 0 and base_amount >= 0 and amount >= 0)
        or (kind = 'REVERSED' and refund_id is not null and units < 0 and base_amount <= 0 and amount <= 0))
);

-- exactly once per collected line, and once per refund, however the pickup is retried or raced
create unique index commission_entries_earned_uk on commission_entries (order_line_id) where kind = 'EARNED';
create unique index commission_entries_refund_uk on commission_entries (refund_id) where kind = 'REVERSED';
create index commission_entries_line_ix on commission_entries (order_line_id);
create index commission_entries_leader_ix on commission_entries (leader_id, recorded_at desc, id desc);
create index commission_entries_recorded_ix on commission_entries (recorded_at);

-- Append-only, whoever connects: the application, a console or a script.
create function commission_entries_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'commission_entries is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger commission_entries_append_only
    before update or delete on commission_entries
    for each row execute function commission_entries_refuse_change();

create trigger commission_entries_no_truncate
    before truncate on commission_entries
    for each statement execute function commission_entries_refuse_change();
