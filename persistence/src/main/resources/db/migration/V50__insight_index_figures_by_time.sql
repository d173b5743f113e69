-- The dashboards aggregate each table over a period, for everything or for one community: an index
-- by its time column, alone and after community_id, turns each into a range scan.
create index orders_placed_ix on orders (placed_at);
create index orders_community_placed_ix on orders (community_id, placed_at);
create index memberships_joined_ix on memberships (joined_at);
create index memberships_community_joined_ix on memberships (community_id, joined_at desc, id desc);
create index group_buys_closed_at_ix on group_buys (closed_at) where closed_at is not null;
create index group_buys_community_closed_at_ix on group_buys (community_id, closed_at) where closed_at is not null;
create index commission_entries_community_recorded_ix on commission_entries (community_id, recorded_at);
create index refund_requests_decided_ix on refund_requests (decided_at) where status = 'APPROVED';
create index settlements_paid_ix on settlements (paid_at) where status = 'PAID';
