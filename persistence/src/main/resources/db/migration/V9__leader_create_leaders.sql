create sequence leaders_seq increment by 50;

create table leaders (
    id           bigint primary key,
    user_id      bigint      not null references users (id),
    community_id bigint      not null references communities (id),
    status       varchar(16) not null check (status in ('ACTIVE', 'SUSPENDED')),
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    constraint leaders_user_uk unique (user_id),
    constraint leaders_community_uk unique (community_id)
);
