-- Retried API requests are answered from idempotent_requests (V31), one mechanism for placing,
-- changing and cancelling alike; the order's own key column, which only placing used, goes.
alter table orders drop constraint orders_idempotency_uk;
alter table orders drop column idempotency_key;
