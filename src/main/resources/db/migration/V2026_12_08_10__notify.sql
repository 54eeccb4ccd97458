-- Notify: what each member is told in the app (the bell) and by mail (the weekly digest), and how they want it.
-- Every row belongs to a membership and goes with it when the member leaves or is removed.

create table notify_notifications (
    workspace_id   uuid          not null,
    id             uuid          not null,
    user_id        uuid          not null,
    kind           varchar(40)   not null,
    -- what made it, so that a listener or the job run twice (or on two nodes) never makes it twice
    dedupe_key     varchar(200)  not null,
    subject        varchar(200)  not null,
    detail         varchar(500)  not null,
    on_day         date,
    link           varchar(500)  not null,
    created_at     timestamp with time zone not null,
    read_at        timestamp with time zone,
    -- by mail too, as the member wants it for this kind: PENDING until a node sends it (SENDING), then SENT
    mail_status    varchar(16),
    primary key (workspace_id, id),
    unique (workspace_id, user_id, dedupe_key),
    foreign key (workspace_id, user_id) references memberships (workspace_id, user_id) on delete cascade
);
create index notify_notifications_by_user on notify_notifications (workspace_id, user_id, id);
create index notify_notifications_to_mail on notify_notifications (mail_status);

-- Which kinds a member wants in the app and by mail, and their weekly digest; a member without a row has the
-- defaults. The unsubscribe token lets the digest's link work without logging in.
create table notify_preferences (
    workspace_id       uuid          not null,
    user_id            uuid          not null,
    in_app             varchar(400)  not null,
    by_mail            varchar(400)  not null,
    digest             boolean       not null,
    digest_day         integer       not null,
    digest_hour        integer       not null,
    unsubscribe_token  varchar(64)   not null,
    version            bigint        default 0 not null,
    updated_at         timestamp with time zone not null,
    primary key (workspace_id, user_id),
    unique (workspace_id, unsubscribe_token),
    foreign key (workspace_id, user_id) references memberships (workspace_id, user_id) on delete cascade
);

-- The hourly sweep of each member (due and overdue commitments, meetings within a day): claimed by moving the hour
-- forward, so that several nodes split the members instead of repeating them.
create table notify_sweeps (
    workspace_id  uuid        not null,
    user_id       uuid        not null,
    swept_at      timestamp with time zone not null,
    primary key (workspace_id, user_id),
    foreign key (workspace_id, user_id) references memberships (workspace_id, user_id) on delete cascade
);

-- One digest per member and week (the Monday of their week): claimed by inserting the row before sending, so that
-- no node sends it twice; a failed send is retried later and shown to the workspace's admins.
create table notify_digests (
    workspace_id   uuid          not null,
    user_id        uuid          not null,
    week           date          not null,
    status         varchar(16)   not null,
    attempts       integer       not null,
    claimed_at     timestamp with time zone not null,
    next_attempt   timestamp with time zone,
    sent_at        timestamp with time zone,
    last_error     varchar(500),
    primary key (workspace_id, user_id, week),
    foreign key (workspace_id, user_id) references memberships (workspace_id, user_id) on delete cascade
);
create index notify_digests_by_status on notify_digests (workspace_id, status);
