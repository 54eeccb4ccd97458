-- The backups an instance administrator made through Tandem (operations.Backups): the installation's, not a
-- workspace's, so no workspace_id (a reference table, like users).
create table operations_backups (
    id           uuid          not null primary key,
    made_at      timestamp with time zone not null,
    made_by      uuid          not null references users (id),
    database_kind varchar(32)  not null,
    schema_version varchar(50) not null,
    file_name    varchar(200)  not null,
    size_bytes   bigint        not null
);
create index operations_backups_by_time on operations_backups (made_at);
