-- a shortage at delivery: the units of a line that never arrived, and per order the amount no longer owed
alter table order_lines
    add column short_quantity int not null default 0,
    add constraint order_lines_short_quantity_ck check (short_quantity >= 0 and short_quantity <= quantity);
alter table orders
    add column shortage_amount bigint not null default 0 check (shortage_amount >= 0);

-- an order nobody collected within the pickup window, taken back by the leader
alter table orders drop constraint orders_status_check;
alter table orders add constraint orders_status_check
    check (status in ('PLACED', 'CONFIRMED', 'READY_FOR_PICKUP', 'PICKED_UP', 'CANCELLED', 'VOIDED', 'RETURNED'));

-- verification finds a code at a pickup point in one index probe, the open order first, else the one that used it
create index orders_pickup_code_ix on orders (community_id, pickup_code) where pickup_code is not null;
-- what is waiting at a pickup point
create index orders_waiting_ix on orders (community_id, group_buy_id) where status = 'READY_FOR_PICKUP';
