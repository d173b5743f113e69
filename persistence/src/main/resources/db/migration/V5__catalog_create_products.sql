create sequence categories_seq increment by 50;

create table categories (
    id         bigint primary key,
    name       varchar(40) not null check (btrim(name) <> ''),
    position   integer     not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    constraint categories_name_uk unique (name),
    -- deferred: moving a category swaps two positions within one transaction
    constraint categories_position_uk unique (position) deferrable initially deferred
);

create sequence products_seq increment by 50;

create table products (
    id             bigint primary key,
    supplier_id    bigint       not null references suppliers (id),
    category_id    bigint       not null references categories (id),
    name           varchar(100) not null check (btrim(name) <> ''),
    unit           varchar(10)  not null check (btrim(unit) <> ''),
    spec           varchar(200),
    image_url      varchar(500) check (image_url like 'https://%'),
    image_checksum varchar(64),
    supply_price   bigint       not null,
    floor_price    bigint       not null,
    retail_price   bigint       not null,
    status         varchar(16)  not null check (status in ('ACTIVE', 'ARCHIVED')),
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    constraint products_supply_price_positive check (supply_price > 0),
    constraint products_floor_not_below_supply check (floor_price >= supply_price),
    constraint products_retail_not_below_floor check (retail_price >= floor_price),
    constraint products_one_image check (image_url is null or image_checksum is null)
);

create index products_supplier_idx on products (supplier_id);
create index products_category_idx on products (category_id);
