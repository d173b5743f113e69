-- Uploaded images live in the database so that any app node can serve them.
create table product_images (
    product_id   bigint      primary key references products (id) on delete cascade,
    content_type varchar(40) not null check (content_type in ('image/png', 'image/jpeg', 'image/gif')),
    original     bytea       not null check (octet_length(original) <= 5242880),
    thumbnail    bytea       not null,
    checksum     varchar(64) not null,
    updated_at   timestamptz not null
);
