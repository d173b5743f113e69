-- Communities with their pickup points and leaders, each approved from an application, as the
-- application's own approval does it (leader row, LEADER role, leader joins their community).
-- Community c's rank is c: community 1 is the busiest. Sizes fall off like c^-0.5 (5,700 members
-- down to 130 at full scale), order volume like c^-0.8 (busy places also order more per member).
select * from bench.params \gset

create table bench.community as
select c,
       c::bigint as id,
       2000000000::bigint + c as leader_id,
       first_member,
       last_member - first_member + 1 as member_count,
       power(c, -0.8) / sum(power(c, -0.8)) over () as order_share
from (select c,
             floor(:members * (sum(power(c, -0.5)) over (order by c) - power(c, -0.5)) / sum(power(c, -0.5)) over ())::int + 1 as first_member,
             floor(:members * sum(power(c, -0.5)) over (order by c) / sum(power(c, -0.5)) over ())::int as last_member
      from generate_series(1, :communities) c) sized;
alter table bench.community add primary key (c);

create temporary table place as
select c.c, city, district,
       bench.one_of(c.c, 13, array['阳光', '锦绣', '翠湖', '金地', '万科', '碧桂园', '保利', '龙湖', '华润', '绿地', '中海', '融创'])
           || bench.one_of(c.c, 14, array['花园', '家园', '小区', '公馆', '名苑', '新城', '雅居', '华庭', '府', '城']) as estate,
       :'generated_at'::timestamptz - interval '380 days' + c.c * interval '1 hour' as founded_at
from bench.community c,
     lateral (select bench.pick(c.c, 11, 8) as city_no) n,
     lateral (select (array['成都', '重庆', '西安', '武汉', '长沙', '杭州', '南京', '郑州'])[city_no] as city,
                     (array[array['锦江区', '武侯区', '高新区', '青羊区'], array['渝中区', '江北区', '南岸区', '渝北区'],
                            array['雁塔区', '碑林区', '未央区', '长安区'], array['江汉区', '武昌区', '洪山区', '汉阳区'],
                            array['岳麓区', '天心区', '开福区', '雨花区'], array['西湖区', '上城区', '拱墅区', '滨江区'],
                            array['鼓楼区', '玄武区', '秦淮区', '建邺区'], array['金水区', '中原区', '二七区', '郑东新区']])
                         [city_no][bench.pick(c.c, 12, 4)] as district) p;

insert into pickup_points (id, name, address, opening_hours, contact_phone, created_at, updated_at)
select c, estate || bench.one_of(c, 15, array['便利店', '生鲜驿站', '门卫室旁', '快递柜旁', '水果店']),
       district || estate || ' ' || (1 + c % 30) || ' 栋', '每天 08:00–21:00', '139' || lpad(c::text, 8, '0'),
       founded_at, founded_at
from place;

-- invite codes: 8 characters of the app's alphabet, distinct because c -> c * 1000003 is one-to-one modulo 31^8
insert into communities (id, name, city, district, invite_code, status, pickup_point_id, created_at, updated_at)
select c, left(district || '·' || estate || c, 60), city, district,
       (select string_agg(substr('ABCDEFGHJKMNPQRSTUVWXYZ23456789', 1 + ((c::bigint * 1000003 + 12345) % 852891037441 / power(31, i)::bigint % 31)::int, 1), '' order by i)
        from generate_series(0, 7) i),
       'ACTIVE', c, founded_at, founded_at
from place;

insert into users (id, username, display_name, phone, password_hash, created_at, updated_at)
select b.leader_id, 'leader' || b.c,
       bench.one_of(b.c, 16, array['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周']) || bench.one_of(b.c, 17, array['建国', '秀英', '伟', '芳', '敏', '静', '丽', '强', '磊', '军']),
       '139' || lpad(b.c::text, 8, '0'), :'password_hash', p.founded_at - interval '2 days', p.founded_at
from bench.community b join place p using (c);

insert into user_roles (user_id, role)
select leader_id, role from bench.community, unnest(array['MEMBER', 'LEADER']) role;

insert into leader_applications (id, applicant_id, community_name, city, district, address, pickup_point_name, opening_hours,
                                 contact_phone, introduction, status, rejection_reason, decided_by, decided_at, created_at, updated_at)
select c.id, c.id + 2000000000, c.name, c.city, c.district, pp.address, pp.name, pp.opening_hours, pp.contact_phone,
       '街坊邻居一起买，新鲜实惠，楼下自提。', 'APPROVED', null, (select id from users where username = 'admin'),
       c.created_at, c.created_at - interval '1 day', c.created_at
from communities c join pickup_points pp on pp.id = c.pickup_point_id;

insert into leaders (id, user_id, community_id, status, created_at, updated_at)
select c, leader_id, c, 'ACTIVE', p.founded_at, p.founded_at from bench.community join place p using (c);

-- memberships: leaders' ids sit after the members' two ranges (see 30_members.sql)
insert into memberships (id, community_id, member_id, invited_by, joined_at, created_at, updated_at)
select 2 * :members + c, c, leader_id, null, p.founded_at, p.founded_at, p.founded_at
from bench.community join place p using (c);
