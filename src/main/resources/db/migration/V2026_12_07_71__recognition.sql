-- Recognition: the milestones of a partnership with who contributed on each side and the goals or key results they
-- advanced, and kudos (a thank-you to one person, on either side). Deleting a partnership deletes them.

create table recognition_milestones (
    workspace_id   uuid          not null,
    id             uuid          not null,
    partnership_id uuid          not null,
    title          varchar(200)  not null,
    reached_on     date          not null,
    achieved       varchar(2000),
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    updated_by     uuid,
    version        bigint        default 0 not null,
    primary key (workspace_id, id),
    foreign key (workspace_id, partnership_id) references partnerships (workspace_id, id) on delete cascade
);
create index recognition_milestones_by_partnership on recognition_milestones (workspace_id, partnership_id, reached_on, id);

create table recognition_contributors (
    workspace_id uuid       not null,
    milestone_id uuid       not null,
    side         varchar(8) not null,
    person_id    uuid       not null,
    primary key (workspace_id, milestone_id, side, person_id),
    foreign key (workspace_id, milestone_id) references recognition_milestones (workspace_id, id) on delete cascade
);

create table recognition_links (
    workspace_id uuid        not null,
    milestone_id uuid        not null,
    kind         varchar(12) not null,
    target_id    uuid        not null,
    primary key (workspace_id, milestone_id, kind, target_id),
    foreign key (workspace_id, milestone_id) references recognition_milestones (workspace_id, id) on delete cascade
);

create table recognition_kudos (
    workspace_id   uuid          not null,
    id             uuid          not null,
    partnership_id uuid          not null,
    side           varchar(8)    not null,
    person_id      uuid          not null,
    milestone_id   uuid,
    message        varchar(500)  not null,
    given_by       uuid          not null,
    given_on       date          not null,
    created_at     timestamp with time zone not null,
    primary key (workspace_id, id),
    foreign key (workspace_id, partnership_id) references partnerships (workspace_id, id) on delete cascade,
    foreign key (workspace_id, milestone_id) references recognition_milestones (workspace_id, id) on delete cascade
);
create index recognition_kudos_by_partnership on recognition_kudos (workspace_id, partnership_id, given_on, id);
