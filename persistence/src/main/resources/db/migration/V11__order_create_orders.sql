create sequence orders_seq increment by 50;
create sequence order_lines_seq increment by 50;
create sequence order_transitions_seq increment by 50;

create table orders (
    id              bigint primary key,
    group_buy_id    bigint       not null references group_buys (id),
    community_id    bigint       not null,
    member_id       bigint       not null references users (id),
    status          varchar(20)  not null
        check (status in ('PLACED', 'CONFIRMED', 'READY_FOR_PICKUP', 'PICKED_UP', 'CANCELLED', 'VOIDED')),
    payment_status  varchar(10)  not null check (payment_status in ('UNPAID', 'PAID', 'REFUNDED')),
    pickup_code     varchar(6),
    idempotency_key varchar(100),
    placed_at       timestamptz  not null,
    updated_at      timestamptz  not null,
    version         bigint       not null,
    constraint orders_idempotency_uk unique (member_id, idempotency_key)
);

-- one order per member and group-buy; a cancelled one no longer counts
create unique index orders_one_per_member_uk on orders (group_buy_id, member_id) where status <> 'CANCELLED';
-- pickup codes are unique among the open orders of a pickup point (one per community)
create unique index orders_pickup_code_uk on orders (community_id, pickup_code)
    where status in ('CONFIRMED', 'READY_FOR_PICKUP');
create index orders_member_ix on orders (member_id, placed_at desc);
create index orders_group_buy_ix on orders (group_buy_id, placed_at);

create table order_lines (
    id               bigint primary key,
    order_id         bigint       not null references orders (id) on delete cascade,
    community_id     bigint       not null,
    item_id          bigint       not null references group_buy_items (id),
    product_name     varchar(100) not null,
    unit             varchar(20)  not null,
    quantity         int          not null check (quantity >= 1),
    unit_price       bigint       not null,
    final_unit_price bigint,
    status           varchar(10)  not null check (status in ('ACTIVE', 'VOIDED'))
);

create index order_lines_order_ix on order_lines (order_id);
create index order_lines_item_ix on order_lines (item_id);

create table order_transitions (
    id           bigint primary key,
    order_id     bigint      not null references orders (id) on delete cascade,
    community_id bigint      not null,
    from_status  varchar(20),
    to_status    varchar(20) not null,
    actor_id     bigint,
    at           timestamptz not null
);

create index order_transitions_order_ix on order_transitions (order_id);
