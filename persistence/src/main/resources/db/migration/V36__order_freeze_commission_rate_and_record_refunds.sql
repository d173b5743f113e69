-- The commission rate (and the rule it came from) frozen on each line at the cutoff, written once by
-- one set-based statement per closed group-buy; null on lines no cutoff reached.
alter table order_lines
    add column commission_rate_bp int check (commission_rate_bp between 0 and 10000),
    add column commission_rule_id bigint references commission_rules (id);

-- 售后: units paid back after pickup, and per order the amount. An order stays PAID until all of it is refunded.
alter table order_lines
    add column refunded_quantity int not null default 0,
    add constraint order_lines_refunded_quantity_ck
        check (refunded_quantity >= 0 and refunded_quantity <= quantity - short_quantity);
alter table orders
    add column refunded_amount bigint not null default 0 check (refunded_amount >= 0);
