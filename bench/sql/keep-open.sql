-- Run before the application starts: open group-buys whose cutoff would pass within a day move
-- forward by whole days, so the data stays as generated however old it is and the cutoff job,
-- which runs once at start-up, finds nothing to close.
update group_buys g
set closes_at = g.closes_at + shift.days * interval '1 day',
    pickup_date = g.pickup_date + shift.days,
    updated_at = now()
from (select id, ceil(extract(epoch from now() + interval '1 day' - closes_at) / 86400)::int as days
      from group_buys where status = 'OPEN' and closes_at < now() + interval '1 day') shift
where shift.id = g.id;
