-- Admins find a member's orders by phone number: one of 500,000 users without reading them all.
create index users_phone_ix on users (phone);
