-- Goals: shared goals of a partnership with their key results and measurements, each side's own
-- goals, and which own goals a shared goal serves. Members and contacts (the owners) are referred
-- to by id only; deleting a partnership deletes its goals.

create table goals (
    workspace_id    uuid          not null,
    id              uuid          not null,
    partnership_id  uuid          not null,
    title           varchar(200)  not null,
    description     varchar(2000),
    why             varchar(2000),
    our_owner_id    uuid,
    their_owner_id  uuid,
    due_on          date          not null,
    status          varchar(10)   not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    primary key (workspace_id, id),
    foreign key (workspace_id, partnership_id) references partnerships (workspace_id, id) on delete cascade
);
create index goals_by_partnership on goals (workspace_id, partnership_id, id);

create table goal_key_results (
    workspace_id  uuid           not null,
    id            uuid           not null,
    goal_id       uuid           not null,
    metric        varchar(200)   not null,
    unit          varchar(30)    not null,
    baseline      numeric(20, 6) not null,
    target        numeric(20, 6) not null,
    direction     varchar(4)     not null,
    created_at    timestamp with time zone not null,
    primary key (workspace_id, id),
    constraint goal_key_results_target check (target <> baseline),
    foreign key (workspace_id, goal_id) references goals (workspace_id, id) on delete cascade
);
create index goal_key_results_by_goal on goal_key_results (workspace_id, goal_id, id);

create table goal_measurements (
    workspace_id   uuid           not null,
    id             uuid           not null,
    key_result_id  uuid           not null,
    measured_value numeric(20, 6) not null,
    measured_on    date           not null,
    note           varchar(500),
    recorded_by    uuid           not null,
    created_at     timestamp with time zone not null,
    primary key (workspace_id, id),
    foreign key (workspace_id, key_result_id) references goal_key_results (workspace_id, id) on delete cascade
);
create index goal_measurements_by_key_result on goal_measurements (workspace_id, key_result_id, measured_on, id);

create table goal_own_goals (
    workspace_id    uuid          not null,
    id              uuid          not null,
    partnership_id  uuid          not null,
    side            varchar(8)    not null,
    kind            varchar(16)   not null,
    title           varchar(200)  not null,
    description     varchar(2000),
    created_at      timestamp with time zone not null,
    primary key (workspace_id, id),
    foreign key (workspace_id, partnership_id) references partnerships (workspace_id, id) on delete cascade
);
create index goal_own_goals_by_partnership on goal_own_goals (workspace_id, partnership_id, id);

create table goal_serves (
    workspace_id  uuid not null,
    goal_id       uuid not null,
    own_goal_id   uuid not null,
    primary key (workspace_id, goal_id, own_goal_id),
    foreign key (workspace_id, goal_id) references goals (workspace_id, id) on delete cascade,
    foreign key (workspace_id, own_goal_id) references goal_own_goals (workspace_id, id) on delete cascade
);
create index goal_serves_by_own_goal on goal_serves (workspace_id, own_goal_id);
