-- Endings: the mentee playbook. A run holds a second text (why moving on is good for the mentee) and the people
-- chosen to be introduced; a follow-up may recur every few months (a progress update with a former mentee).

alter table endings_runs add column why varchar(4000);

create table endings_introductions (
    workspace_id    uuid          not null,
    run_id          uuid          not null,
    person_id       uuid          not null,
    kind            varchar(10)   not null,
    name            varchar(200)  not null,
    detail          varchar(300),
    position        integer       not null,
    primary key (workspace_id, run_id, person_id),
    foreign key (workspace_id, run_id) references endings_runs (workspace_id, id) on delete cascade
);

alter table endings_follow_ups add column every_months integer;
