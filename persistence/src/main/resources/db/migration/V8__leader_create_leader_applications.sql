create sequence leader_applications_seq increment by 50;

create table leader_applications (
    id                bigint primary key,
    applicant_id      bigint       not null references users (id),
    community_name    varchar(60)  not null,
    city              varchar(30)  not null,
    district          varchar(30)  not null,
    address           varchar(120) not null,
    pickup_point_name varchar(60)  not null,
    opening_hours     varchar(60)  not null,
    contact_phone     varchar(20)  not null,
    introduction      varchar(500) not null,
    status            varchar(16)  not null check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    rejection_reason  varchar(500),
    decided_by        bigint references users (id),
    decided_at        timestamptz,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    constraint leader_applications_rejection_reason_ck check (status <> 'REJECTED' or rejection_reason is not null)
);

-- one application at a time per applicant
create unique index leader_applications_one_pending_uk on leader_applications (applicant_id) where status = 'PENDING';
create index leader_applications_applicant_idx on leader_applications (applicant_id, created_at);
