-- Who did what to which record and when: every admin action, written in the action's own transaction.
-- actor_id and actor_username are null for the platform's own work (start-up, scheduled jobs); the
-- username is kept as it was, and there is no foreign key, so the log outlives any account.
create sequence audit_entries_seq increment by 50;

create table audit_entries (
    id             bigint primary key,
    occurred_at    timestamptz  not null,
    actor_id       bigint,
    actor_username varchar(32),
    action         varchar(40)  not null,
    target_type    varchar(30)  not null,
    target_id      bigint       not null,
    summary        varchar(500) not null
);

create index audit_entries_time_ix on audit_entries (occurred_at desc, id desc);
create index audit_entries_actor_ix on audit_entries (actor_username, occurred_at desc);
create index audit_entries_target_ix on audit_entries (target_type, target_id);

-- Append-only, whoever connects: the application, a console or a script.
create function audit_entries_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_entries is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_entries_append_only
    before update or delete on audit_entries
    for each row execute function audit_entries_refuse_change();

create trigger audit_entries_no_truncate
    before truncate on audit_entries
    for each statement execute function audit_entries_refuse_change();
