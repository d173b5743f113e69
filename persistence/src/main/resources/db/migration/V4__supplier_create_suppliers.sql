create sequence suppliers_seq increment by 50;

create table suppliers (
    id             bigint primary key,
    name           varchar(100)  not null check (btrim(name) <> ''),
    contact_person varchar(40),
    phone          varchar(20),
    address        varchar(200),
    terms          varchar(1000),
    status         varchar(16)   not null check (status in ('ACTIVE', 'INACTIVE')),
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null
);
