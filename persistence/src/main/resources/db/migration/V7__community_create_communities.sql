create sequence pickup_points_seq increment by 50;

create table pickup_points (
    id            bigint primary key,
    name          varchar(60)  not null,
    address       varchar(120) not null,
    opening_hours varchar(60)  not null,
    contact_phone varchar(20)  not null,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null
);

create sequence communities_seq increment by 50;

create table communities (
    id              bigint primary key,
    name            varchar(60) not null,
    city            varchar(30) not null,
    district        varchar(30) not null,
    invite_code     varchar(8)  not null,
    status          varchar(16) not null check (status in ('ACTIVE', 'SUSPENDED')),
    pickup_point_id bigint      not null references pickup_points (id),
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    constraint communities_invite_code_uk unique (invite_code),
    constraint communities_pickup_point_uk unique (pickup_point_id)
);

-- the public finder lists active communities by city
create index communities_city_status_idx on communities (city, status);

create sequence memberships_seq increment by 50;

create table memberships (
    id           bigint primary key,
    community_id bigint      not null references communities (id),
    member_id    bigint      not null references users (id),
    invited_by   bigint references users (id),
    joined_at    timestamptz not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    constraint memberships_community_member_uk unique (community_id, member_id)
);

create index memberships_member_idx on memberships (member_id);
