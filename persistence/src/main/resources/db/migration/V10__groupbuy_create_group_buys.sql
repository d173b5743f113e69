create sequence group_buys_seq increment by 50;
create sequence group_buy_items_seq increment by 50;

create table group_buys (
    id           bigint primary key,
    community_id bigint       not null,
    leader_id    bigint       not null references users (id),
    title        varchar(100) not null,
    pitch        text         not null default '',
    closes_at    timestamptz  not null,
    pickup_date  date         not null,
    status       varchar(16)  not null
        check (status in ('DRAFT', 'OPEN', 'CLOSED', 'DELIVERING', 'READY', 'COMPLETED', 'CANCELLED')),
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null,
    closed_at    timestamptz,
    version      bigint       not null
);

create index group_buys_community_status_ix on group_buys (community_id, status, closes_at);
-- the cutoff job looks for open group-buys whose cutoff has passed
create index group_buys_due_ix on group_buys (closes_at) where status = 'OPEN';

create table group_buy_items (
    id               bigint primary key,
    group_buy_id     bigint       not null references group_buys (id) on delete cascade,
    community_id     bigint       not null,
    product_id       bigint       not null,
    product_name     varchar(100) not null,
    unit             varchar(20)  not null,
    price            bigint       not null check (price > 0),
    threshold        int          not null check (threshold >= 1),
    stock_limit      int          check (stock_limit >= threshold),
    per_member_limit int          check (per_member_limit >= 1),
    -- moved only by single conditional updates; the checks are the last line of defence
    sold             int          not null default 0 check (sold >= 0),
    outcome          varchar(16)  not null default 'PENDING' check (outcome in ('PENDING', 'SUCCEEDED', 'FAILED')),
    final_price      bigint,
    constraint group_buy_items_stock_ck check (stock_limit is null or sold <= stock_limit),
    constraint group_buy_items_product_uk unique (group_buy_id, product_id)
);

create table group_buy_item_tiers (
    item_id      bigint not null references group_buy_items (id) on delete cascade,
    min_quantity int    not null check (min_quantity >= 2),
    price        bigint not null check (price > 0),
    primary key (item_id, min_quantity)
);
