-- Optional pulse schedules: a partnership's rounds go out every few weeks to the people chosen for it, on behalf of
-- the member who set the schedule, with one reminder to those who have not answered. The job claims a due schedule
-- by moving next_at forward (only the node whose update matched the old value sends), and a round's reminder by
-- setting reminded_at (only once). Deleting the partnership deletes its schedule.

create table feedback_schedules (
    workspace_id      uuid    not null references workspaces (id),
    partnership_id    uuid    not null,
    every_weeks       integer not null,
    remind_after_days integer not null,
    scheduled_by      uuid    not null,
    next_at           timestamp with time zone not null,
    last_sent_at      timestamp with time zone,
    updated_at        timestamp with time zone not null,
    version           bigint  default 0 not null,
    primary key (workspace_id, partnership_id),
    constraint feedback_schedules_every check (every_weeks between 1 and 52),
    constraint feedback_schedules_remind check (remind_after_days between 1 and 13),
    foreign key (workspace_id, partnership_id) references partnerships (workspace_id, id) on delete cascade
);
-- The job looks for due schedules across workspaces.
create index feedback_schedules_due on feedback_schedules (next_at);

create table feedback_schedule_people (
    workspace_id   uuid       not null,
    partnership_id uuid       not null,
    kind           varchar(8) not null,
    person_id      uuid       not null,
    primary key (workspace_id, partnership_id, kind, person_id),
    foreign key (workspace_id, partnership_id) references feedback_schedules (workspace_id, partnership_id)
        on delete cascade,
    foreign key (workspace_id, partnership_id) references partnerships (workspace_id, id) on delete cascade
);

-- When a round's one reminder is due (null: no reminder, as for rounds sent by hand) and when it went out.
alter table feedback_rounds add column remind_at timestamp with time zone;
alter table feedback_rounds add column reminded_at timestamp with time zone;
create index feedback_rounds_reminders on feedback_rounds (remind_at);
