-- Identity: the only tables not scoped by a workspace are the accounts themselves
-- (users, their tokens, resets, log-in throttling) and the workspace registry.

create table users (
    id              uuid          not null primary key,
    email           varchar(320)  not null,
    email_key       varchar(320)  not null,
    display_name    varchar(100)  not null,
    password_hash   varchar(200)  not null,
    locale          varchar(10)   not null,
    time_zone       varchar(64)   not null,
    last_workspace_id uuid,
    created_at      timestamp with time zone not null,
    constraint users_email_key unique (email_key)
);

create table workspaces (
    id          uuid          not null primary key,
    name        varchar(100)  not null,
    created_at  timestamp with time zone not null
);

create table memberships (
    workspace_id uuid        not null references workspaces (id),
    user_id      uuid        not null references users (id),
    role         varchar(16) not null,
    joined_at    timestamp with time zone not null,
    primary key (workspace_id, user_id)
);
create index memberships_by_user on memberships (user_id);

create table invitations (
    workspace_id uuid          not null references workspaces (id),
    id           uuid          not null,
    email        varchar(320)  not null,
    role         varchar(16)   not null,
    token_hash   varchar(64)   not null,
    invited_by   uuid          not null references users (id),
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    accepted_at  timestamp with time zone,
    primary key (workspace_id, id),
    constraint invitations_token unique (token_hash)
);

create table api_tokens (
    id           uuid          not null primary key,
    user_id      uuid          not null references users (id),
    name         varchar(100)  not null,
    token_hash   varchar(64)   not null,
    hint         varchar(16)   not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone,
    constraint api_tokens_hash unique (token_hash)
);
create index api_tokens_by_user on api_tokens (user_id, id);

create table password_resets (
    id          uuid        not null primary key,
    user_id     uuid        not null references users (id),
    token_hash  varchar(64) not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone,
    constraint password_resets_hash unique (token_hash)
);

create table login_failures (
    id          uuid         not null primary key,
    account     varchar(320) not null,
    address     varchar(64)  not null,
    failed_at   timestamp with time zone not null
);
create index login_failures_by_account on login_failures (account, failed_at);
create index login_failures_by_address on login_failures (address, failed_at);

create table audit_events (
    workspace_id uuid          not null references workspaces (id),
    id           uuid          not null,
    occurred_at  timestamp with time zone not null,
    actor_id     uuid,
    actor        varchar(320),
    action       varchar(40)   not null,
    target       varchar(320),
    address      varchar(64),
    primary key (workspace_id, id)
);

-- Spring Security remember-me tokens, so that any node can honour a remember-me cookie.
create table persistent_logins (
    username   varchar(320) not null,
    series     varchar(64)  not null primary key,
    token      varchar(64)  not null,
    last_used  timestamp    not null
);

-- Spring Session: HTTP sessions live in the database, so nodes keep no state of their own.
create table spring_session (
    primary_id            char(36)     not null primary key,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(320),
    constraint spring_session_ix1 unique (session_id)
);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null references spring_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    primary key (session_primary_id, attribute_name)
);
