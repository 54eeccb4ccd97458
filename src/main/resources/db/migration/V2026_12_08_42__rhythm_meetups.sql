-- Rhythm: recurring group meetups. The plan holds an RFC 5545 RRULE and the time zone its local start time is in;
-- invitees are contacts or members (with the name and address an invitation goes to); cancelled dates are
-- exceptions (EXDATE); attendance is recorded per occurrence, by its local date.

create table rhythm_meetups (
    workspace_id    uuid          not null,
    id              uuid          not null,
    title           varchar(200)  not null,
    rrule           varchar(300)  not null,
    zone            varchar(64)   not null,
    starts_on       date          not null,
    starts_at       time          not null,
    minutes         integer       not null,
    place           varchar(300),
    video_url       varchar(500),
    created_by      uuid          not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         bigint        default 0 not null,
    updated_by      uuid,
    primary key (workspace_id, id)
);

create table rhythm_meetup_invitees (
    workspace_id    uuid          not null,
    meetup_id       uuid          not null,
    person_id       uuid          not null,
    kind            varchar(10)   not null,
    name            varchar(200)  not null,
    email           varchar(320),
    added_at        timestamp with time zone not null,
    primary key (workspace_id, meetup_id, person_id),
    foreign key (workspace_id, meetup_id) references rhythm_meetups (workspace_id, id) on delete cascade
);
create index rhythm_meetup_invitees_by_person on rhythm_meetup_invitees (workspace_id, person_id);

create table rhythm_meetup_cancellations (
    workspace_id    uuid          not null,
    meetup_id       uuid          not null,
    on_date         date          not null,
    primary key (workspace_id, meetup_id, on_date),
    foreign key (workspace_id, meetup_id) references rhythm_meetups (workspace_id, id) on delete cascade
);

create table rhythm_meetup_attendance (
    workspace_id    uuid          not null,
    meetup_id       uuid          not null,
    on_date         date          not null,
    person_id       uuid          not null,
    status          varchar(10)   not null,
    primary key (workspace_id, meetup_id, on_date, person_id),
    foreign key (workspace_id, meetup_id) references rhythm_meetups (workspace_id, id) on delete cascade
);
