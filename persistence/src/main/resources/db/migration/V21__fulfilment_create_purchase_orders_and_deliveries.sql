create sequence purchase_orders_seq increment by 50;

-- 采购单: what one supplier delivers for one pickup date, gathered from the group-buys that succeeded
create table purchase_orders (
    id               bigint primary key,
    supplier_id      bigint      not null references suppliers (id),
    pickup_date      date        not null,
    status           varchar(10) not null check (status in ('OPEN', 'SENT', 'SHIPPED')),
    expected_arrival timestamptz,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    sent_at          timestamptz,
    sent_by          bigint references users (id),
    shipped_at       timestamptz,
    shipped_by       bigint references users (id),
    version          bigint      not null,
    constraint purchase_orders_sent_ck check (status = 'OPEN' or sent_at is not null),
    constraint purchase_orders_shipped_ck check (status <> 'SHIPPED' or (shipped_at is not null and expected_arrival is not null))
);

-- a later cutoff adds to the open purchase order of its supplier and date, until that one is sent
create unique index purchase_orders_open_uk on purchase_orders (supplier_id, pickup_date) where status = 'OPEN';
create index purchase_orders_date_ix on purchase_orders (pickup_date, supplier_id);

create sequence purchase_order_lines_seq increment by 50;

-- one succeeded group-buy item: its community is the pickup point the goods go to
create table purchase_order_lines (
    id                bigint primary key,
    purchase_order_id bigint       not null references purchase_orders (id),
    group_buy_item_id bigint       not null references group_buy_items (id),
    group_buy_id      bigint       not null references group_buys (id),
    community_id      bigint       not null references communities (id),
    product_id        bigint       not null references products (id),
    product_name      varchar(100) not null,
    unit              varchar(20)  not null,
    quantity          int          not null check (quantity > 0),
    supply_price      bigint       not null check (supply_price > 0),
    created_at        timestamptz  not null,
    -- an item's successful total is bought exactly once, however often and concurrently gathering runs
    constraint purchase_order_lines_item_uk unique (group_buy_item_id)
);

create index purchase_order_lines_purchase_order_ix on purchase_order_lines (purchase_order_id, product_id, community_id);
create index purchase_order_lines_group_buy_ix on purchase_order_lines (group_buy_id);

create sequence deliveries_seq increment by 50;

-- 配送: the goods of one purchase order for one pickup point, signed for by its leader
create table deliveries (
    id                bigint primary key,
    purchase_order_id bigint      not null references purchase_orders (id),
    community_id      bigint      not null references communities (id),
    supplier_id       bigint      not null references suppliers (id),
    pickup_date       date        not null,
    status            varchar(10) not null check (status in ('SHIPPED', 'RECEIVED')),
    expected_arrival  timestamptz not null,
    shipped_at        timestamptz not null,
    received_at       timestamptz,
    received_by       bigint references users (id),
    version           bigint      not null,
    constraint deliveries_received_ck check (status <> 'RECEIVED' or received_at is not null),
    -- shipping creates one delivery per pickup point, once
    constraint deliveries_purchase_order_community_uk unique (purchase_order_id, community_id)
);

create index deliveries_community_ix on deliveries (community_id, pickup_date);

create sequence delivery_lines_seq increment by 50;

create table delivery_lines (
    id                     bigint primary key,
    delivery_id            bigint       not null references deliveries (id),
    community_id           bigint       not null references communities (id),
    purchase_order_line_id bigint       not null references purchase_order_lines (id),
    group_buy_id           bigint       not null references group_buys (id),
    group_buy_item_id      bigint       not null references group_buy_items (id),
    product_name           varchar(100) not null,
    unit                   varchar(20)  not null,
    shipped                int          not null check (shipped > 0),
    received               int          check (received >= 0 and received <= shipped),
    constraint delivery_lines_purchase_order_line_uk unique (purchase_order_line_id)
);

create index delivery_lines_delivery_ix on delivery_lines (delivery_id);
