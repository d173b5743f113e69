-- The dashboards read hundreds of thousands of orders for 30 days over everything. Orders lie in the
-- heap in the order the cutoff touched them, not by time, so a range scan of V50's indexes fetched
-- one heap page per order. These indexes carry every column the figures read, so the same ranges
-- are index-only scans, and an order's lines are found in its index without a 5.8-million-line hash.
create index orders_placed_cover_ix on orders (placed_at)
    include (status, community_id, member_id, group_buy_id, id, shortage_amount);
create index orders_community_placed_cover_ix on orders (community_id, placed_at)
    include (status, member_id, group_buy_id, id, shortage_amount);
drop index orders_placed_ix;
drop index orders_community_placed_ix;

-- Same key as order_lines_order_ix, which it replaces for every reader of an order's lines.
create index order_lines_order_cover_ix on order_lines (order_id)
    include (status, quantity, unit_price, final_unit_price, item_id);
drop index order_lines_order_ix;

create index commission_entries_recorded_cover_ix on commission_entries (recorded_at) include (amount);
drop index commission_entries_recorded_ix;

-- Success rate: the items of the group-buys closed in the period.
create index group_buy_items_group_buy_ix on group_buy_items (group_buy_id) include (outcome, product_id);
