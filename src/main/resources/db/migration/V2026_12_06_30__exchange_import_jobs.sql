-- Exchange: imports run one at a time per workspace (they lock their workspace's row here, so that two
-- imports of the same people cannot both create them), and the jobs the import page follows: their
-- progress, a cancel request, and what they did. A job's id is its upload's.

create table exchange_import_locks (
    workspace_id uuid not null references workspaces (id),
    primary key (workspace_id)
);

create table exchange_import_jobs (
    workspace_id     uuid          not null references workspaces (id),
    id               uuid          not null,
    user_id          uuid          not null references users (id),
    file_name        varchar(255)  not null,
    status           varchar(16)   not null,
    total            int           not null,
    done             int           not null,
    cancel_requested boolean       not null,
    message_key      varchar(100),
    result           text,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    primary key (workspace_id, id)
);
create index exchange_import_jobs_by_age on exchange_import_jobs (created_at);
