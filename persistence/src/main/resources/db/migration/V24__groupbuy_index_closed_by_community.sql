-- The community home pages through a community's closed group-buys, latest first, and counts them:
-- a year of them in a busy community, read from this index alone.
create index group_buys_community_closed_ix on group_buys (community_id, closes_at desc, id desc)
    where status in ('CLOSED', 'DELIVERING', 'READY', 'COMPLETED');
