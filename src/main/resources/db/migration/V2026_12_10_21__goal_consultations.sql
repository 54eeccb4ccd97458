-- Voices consulted on a shared goal (issue 20, "Inclusion and values"): who was asked — a person or a group, of
-- which side, in which role, when and how — and whether they are of the teams doing the work. Whose voice is
-- missing is read from these rows (no side, nobody doing the work), not stored.
create table goal_consultations (
    workspace_id    uuid          not null,
    id              uuid          not null,
    partnership_id  uuid          not null,
    goal_id         uuid          not null,
    side            varchar(8)    not null,
    who             varchar(200)  not null,
    role            varchar(200),
    does_the_work   boolean       default false not null,
    consulted_on    date          not null,
    how             varchar(16)   not null,
    created_at      timestamp with time zone not null,
    created_by      uuid          not null,
    primary key (workspace_id, id),
    foreign key (workspace_id, goal_id) references goals (workspace_id, id) on delete cascade,
    foreign key (workspace_id, partnership_id) references partnerships (workspace_id, id) on delete cascade
);
create index goal_consultations_by_goal on goal_consultations (workspace_id, goal_id, consulted_on);
create index goal_consultations_by_partnership on goal_consultations (workspace_id, partnership_id);
