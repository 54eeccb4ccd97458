-- Webhooks: the endpoints a workspace's admins register, and a transactional outbox. A message is the versioned
-- envelope of one event; a delivery is that message owed to one endpoint, written in the same transaction as the
-- change it tells of, and claimed by one node at a time; each try is an attempt, the delivery log.

create table webhook_endpoints (
    workspace_id          uuid          not null,
    id                    uuid          not null,
    url                   varchar(2000) not null,
    description           varchar(200),
    event_types           varchar(1000) not null,
    active                boolean       not null,
    secret                varchar(100)  not null,
    previous_secret       varchar(100),
    previous_until        timestamp with time zone,
    failures              integer       default 0 not null,
    disabled_at           timestamp with time zone,
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    version               bigint        default 0 not null,
    updated_by            uuid,
    primary key (workspace_id, id),
    foreign key (workspace_id) references workspaces (id) on delete cascade
);

create table webhook_messages (
    workspace_id          uuid          not null,
    id                    uuid          not null,
    event_type            varchar(60)   not null,
    payload               text          not null,
    created_at            timestamp with time zone not null,
    primary key (workspace_id, id),
    foreign key (workspace_id) references workspaces (id) on delete cascade
);

create table webhook_deliveries (
    workspace_id          uuid          not null,
    id                    uuid          not null,
    endpoint_id           uuid          not null,
    message_id            uuid          not null,
    status                varchar(20)   not null,
    attempts              integer       default 0 not null,
    next_attempt_at       timestamp with time zone not null,
    claim                 uuid,
    claimed_until         timestamp with time zone,
    last_status_code      integer,
    last_error            varchar(300),
    created_at            timestamp with time zone not null,
    finished_at           timestamp with time zone,
    primary key (workspace_id, id),
    foreign key (workspace_id, endpoint_id) references webhook_endpoints (workspace_id, id) on delete cascade,
    foreign key (workspace_id, message_id) references webhook_messages (workspace_id, id) on delete cascade
);
create index webhook_deliveries_due on webhook_deliveries (status, next_attempt_at);
create index webhook_deliveries_by_endpoint on webhook_deliveries (workspace_id, endpoint_id, id);

create table webhook_attempts (
    workspace_id          uuid          not null,
    id                    uuid          not null,
    delivery_id           uuid          not null,
    attempted_at          timestamp with time zone not null,
    status_code           integer,
    outcome               varchar(20)   not null,
    error                 varchar(300),
    primary key (workspace_id, id),
    foreign key (workspace_id, delivery_id) references webhook_deliveries (workspace_id, id) on delete cascade
);
create index webhook_attempts_by_delivery on webhook_attempts (workspace_id, delivery_id, id);
