create sequence users_seq increment by 50;

create table users (
    id            bigint primary key,
    username      varchar(32)  not null,
    display_name  varchar(40)  not null,
    phone         varchar(20),
    password_hash varchar(200) not null,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    constraint users_username_uk unique (username)
);

create table user_roles (
    user_id bigint      not null references users (id) on delete cascade,
    role    varchar(16) not null check (role in ('MEMBER', 'LEADER', 'ADMIN')),
    primary key (user_id, role)
);
