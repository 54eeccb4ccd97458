-- Timeline: one row per subject of each event, read newest first per subject.
create table timeline_entries (
    workspace_id uuid          not null references workspaces (id),
    id           uuid          not null,
    subject_kind varchar(16)   not null,
    subject_id   uuid          not null,
    type         varchar(64)   not null,
    args         varchar(4000) not null,
    actor_id     uuid,
    actor_name   varchar(100),
    occurred_at  timestamp with time zone not null,
    interaction  boolean       not null,
    primary key (workspace_id, id)
);
create index timeline_by_subject on timeline_entries (workspace_id, subject_kind, subject_id, id);
