-- A published item keeps the supplier and supply price it was published with, so a later catalog
-- edit never changes what a purchase order buys or costs. Drafts take theirs when published.
alter table group_buy_items
    add column supplier_id  bigint references suppliers (id),
    add column supply_price bigint check (supply_price > 0),
    add constraint group_buy_items_supply_ck check ((supplier_id is null) = (supply_price is null));

update group_buy_items i
set supplier_id = p.supplier_id, supply_price = p.supply_price
from products p, group_buys g
where p.id = i.product_id and g.id = i.group_buy_id and g.status <> 'DRAFT';

-- the references the order tables lacked
alter table group_buys add constraint group_buys_community_fk foreign key (community_id) references communities (id);
alter table group_buy_items add constraint group_buy_items_community_fk foreign key (community_id) references communities (id);
alter table group_buy_items add constraint group_buy_items_product_fk foreign key (product_id) references products (id);
alter table orders add constraint orders_community_fk foreign key (community_id) references communities (id);
alter table order_lines add constraint order_lines_community_fk foreign key (community_id) references communities (id);
alter table order_transitions add constraint order_transitions_community_fk foreign key (community_id) references communities (id);
alter table order_transitions add constraint order_transitions_actor_fk foreign key (actor_id) references users (id);
alter table notifications add constraint notifications_community_fk foreign key (community_id) references communities (id);

-- a pickup point's group-buys of one pickup date (pick lists)
create index group_buys_pickup_date_ix on group_buys (community_id, pickup_date);
-- closed group-buys wait for their purchase orders; ready ones for the end of their pickup window
create index group_buys_closed_ix on group_buys (closed_at) where status = 'CLOSED';
create index group_buys_ready_ix on group_buys (pickup_date) where status = 'READY';
