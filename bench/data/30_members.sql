-- Members: every user is a member of one community, one in ten also of a second one (chosen by
-- size: big communities draw more). All share one known password (see bench.params).
select * from bench.params \gset

create table bench.member_home as
select m, b.c
from bench.community b, generate_series(b.first_member, b.first_member + b.member_count - 1) m;
alter table bench.member_home add primary key (m);

insert into users (id, username, display_name, phone, password_hash, created_at, updated_at)
select 2001000000::bigint + m, 'member' || m,
       bench.one_of(m, 31, array['陈', '刘', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林'])
           || bench.one_of(m, 32, array['晓梅', '志强', '丽娟', '建华', '婷婷', '海燕', '国庆', '小雨', '文杰', '芳', '子涵', '浩然', '欣怡', '俊杰']),
       '138' || lpad(m::text, 8, '0'), :'password_hash', joined_at - interval '1 minute', joined_at - interval '1 minute'
from bench.member_home h
join communities c on c.id = h.c,
lateral (select c.created_at + bench.u(m, 33) * interval '30 days' as joined_at) j;

insert into user_roles (user_id, role)
select 2001000000::bigint + m, 'MEMBER' from bench.member_home;

-- primary memberships have id m, second ones :members + m
insert into memberships (id, community_id, member_id, invited_by, joined_at, created_at, updated_at)
select m, h.c, 2001000000::bigint + m, case when bench.u(m, 34) < 0.5 then b.leader_id end, u.created_at, u.created_at, u.created_at
from bench.member_home h join bench.community b using (c) join users u on u.id = 2001000000::bigint + m;

insert into memberships (id, community_id, member_id, invited_by, joined_at, created_at, updated_at)
select :members + h.m, other.c, 2001000000::bigint + h.m, null, u.created_at + interval '40 days', u.created_at + interval '40 days', u.created_at + interval '40 days'
from bench.member_home h
join bench.member_home other on other.m = bench.pick(h.m, 35, :members)
join users u on u.id = 2001000000::bigint + h.m
where h.m % 10 = 0 and other.c <> h.c;

-- the k-th member of community c, for picking distinct members of one community set-based
create table bench.member_of as
select community_id as c, row_number() over (partition by community_id order by member_id)::int as k, member_id
from memberships
where member_id >= 2001000000;
alter table bench.member_of add primary key (c, k);

create table bench.community_size as
select c, count(*)::int as size from bench.member_of group by c;
alter table bench.community_size add primary key (c);
