-- Endings: guided playbook runs (a vendor who no longer fits, a partnership that has run its course, ...) with the
-- step reached, the checklist items ticked, what the user wrote, and the outcome; and the follow-ups an ending
-- leaves (reconnect with an alumnus), shown on My week when due.

create table endings_runs (
    workspace_id    uuid          not null,
    id              uuid          not null,
    partnership_id  uuid          not null,
    playbook        varchar(20)   not null,
    finished        boolean       not null,
    step            integer       not null,
    checked         varchar(2000) not null,
    notes           varchar(4000),
    reason          varchar(500),
    started_at      timestamp with time zone not null,
    finished_at     timestamp with time zone,
    updated_at      timestamp with time zone not null,
    version         bigint        default 0 not null,
    updated_by      uuid,
    primary key (workspace_id, id),
    foreign key (workspace_id, partnership_id) references partnerships (workspace_id, id) on delete cascade
);
create index endings_runs_by_partnership on endings_runs (workspace_id, partnership_id, id);

create table endings_follow_ups (
    workspace_id    uuid          not null,
    id              uuid          not null,
    partnership_id  uuid          not null,
    owner_id        uuid          not null,
    kind            varchar(20)   not null,
    due_on          date          not null,
    created_at      timestamp with time zone not null,
    primary key (workspace_id, id),
    foreign key (workspace_id, partnership_id) references partnerships (workspace_id, id) on delete cascade
);
create index endings_follow_ups_by_owner on endings_follow_ups (workspace_id, owner_id, due_on);
