create sequence notifications_seq increment by 50;

create table notifications (
    id              bigint primary key,
    user_id         bigint       not null references users (id),
    community_id    bigint       not null,
    group_buy_id    bigint       not null references group_buys (id),
    order_id        bigint       not null references orders (id),
    kind            varchar(30)  not null check (kind in ('ORDER_CONFIRMED', 'ORDER_PARTLY_CONFIRMED', 'ORDER_VOIDED')),
    group_buy_title varchar(100) not null,
    created_at      timestamptz  not null,
    read_at         timestamptz
);

create index notifications_user_ix on notifications (user_id, created_at desc);
create index notifications_unread_ix on notifications (user_id) where read_at is null;
