-- Endings: the recurring coffee that no longer serves. A run records the choice made (defer until a date with an
-- urgent channel, or redirect to a group meetup); a deferral pauses the partnership's check-in cadence until its
-- date, then the cadence resumes from that day.

alter table endings_runs add column choice varchar(10);
alter table endings_runs add column until_on date;
alter table endings_runs add column channel varchar(200);
alter table endings_runs add column meetup_id uuid;

create table endings_deferrals (
    workspace_id    uuid          not null,
    id              uuid          not null,
    partnership_id  uuid          not null,
    until_on        date          not null,
    reason          varchar(4000),
    channel         varchar(200),
    created_by      uuid          not null,
    created_at      timestamp with time zone not null,
    ended_at        timestamp with time zone,
    primary key (workspace_id, id),
    foreign key (workspace_id, partnership_id) references partnerships (workspace_id, id) on delete cascade
);
create index endings_deferrals_by_partnership on endings_deferrals (workspace_id, partnership_id, until_on);
