-- Exchange: uploaded files waiting for their import to be confirmed (kept for a day at most).

create table exchange_uploads (
    workspace_id uuid          not null references workspaces (id),
    id           uuid          not null,
    user_id      uuid          not null references users (id),
    file_name    varchar(255)  not null,
    format       varchar(16),
    content      bytea         not null,
    created_at   timestamp with time zone not null,
    primary key (workspace_id, id)
);
create index exchange_uploads_by_age on exchange_uploads (created_at);
