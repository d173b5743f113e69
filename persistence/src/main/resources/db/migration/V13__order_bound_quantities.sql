-- Every quantity has a ceiling, so no input overflows an int or leaves a counter that stalls
-- everyone else's orders. The application refuses far less already (OrderLimits.CEILING for an
-- order line, GroupBuyItem.MAX_UNITS for a leader's numbers and the sold counter); these checks
-- are the last line of defence.
alter table order_lines
    add constraint order_lines_quantity_max_ck check (quantity <= 10000);

alter table group_buy_items
    add constraint group_buy_items_threshold_max_ck check (threshold <= 1000000),
    add constraint group_buy_items_stock_limit_max_ck check (stock_limit <= 1000000),
    add constraint group_buy_items_per_member_limit_max_ck check (per_member_limit <= 1000000),
    add constraint group_buy_items_sold_max_ck check (sold <= 1000000);

alter table group_buy_item_tiers
    add constraint group_buy_item_tiers_min_quantity_max_ck check (min_quantity <= 1000000);
