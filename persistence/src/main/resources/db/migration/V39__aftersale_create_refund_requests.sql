-- 售后: members ask for units of a collected line back; the point's leader or an admin decides.
create sequence refund_requests_seq increment by 50;

create table refund_requests (
    id              bigint primary key,
    order_id        bigint       not null references orders (id),
    order_line_id   bigint       not null references order_lines (id),
    group_buy_id    bigint       not null references group_buys (id),
    community_id    bigint       not null references communities (id),
    member_id       bigint       not null references users (id),
    product_name    varchar(100) not null,
    quantity        int          not null check (quantity between 1 and 10000),
    amount          bigint       not null check (amount >= 0),
    reason          varchar(500) not null check (btrim(reason) <> ''),
    photo           boolean      not null,
    status          varchar(10)  not null check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    decision_reason varchar(500),
    decided_by      bigint references users (id),
    decided_at      timestamptz,
    requested_at    timestamptz  not null,
    version         bigint       not null,
    constraint refund_requests_decided_ck check ((status = 'PENDING') = (decided_at is null)),
    constraint refund_requests_rejected_ck check (status <> 'REJECTED' or decision_reason is not null)
);

-- one request per line waits at a time, however often the member taps
create unique index refund_requests_one_waiting_uk on refund_requests (order_line_id) where status = 'PENDING';
create index refund_requests_member_ix on refund_requests (member_id, requested_at desc);
create index refund_requests_community_ix on refund_requests (community_id, requested_at desc);
create index refund_requests_order_ix on refund_requests (order_id);
create index refund_requests_waiting_ix on refund_requests (requested_at desc) where status = 'PENDING';

-- The member's photo, checked and bounded like a product image; served only to who may see the request.
create table refund_photos (
    request_id   bigint      primary key references refund_requests (id),
    content_type varchar(40) not null check (content_type in ('image/png', 'image/jpeg', 'image/gif')),
    original     bytea       not null check (octet_length(original) <= 5242880),
    thumbnail    bytea       not null,
    checksum     varchar(64) not null,
    created_at   timestamptz not null
);

alter table commission_entries
    add constraint commission_entries_refund_fk foreign key (refund_id) references refund_requests (id);
