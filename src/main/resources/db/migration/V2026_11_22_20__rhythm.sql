-- Rhythm: meetings (agenda, notes, decisions, attendance) and commitments with their due and done dates.
-- Partnerships and their participants are referred to by id; rows go with their partnership.

create table rhythm_meetings (
    workspace_id   uuid           not null,
    id             uuid           not null,
    partnership_id uuid           not null,
    type           varchar(16)    not null,
    starts_at      timestamp with time zone not null,
    ends_at        timestamp with time zone not null,
    time_zone      varchar(64)    not null,
    place          varchar(300),
    video_url      varchar(500),
    notes          varchar(20000) not null,
    decisions      varchar(4000)  not null,
    held_at        timestamp with time zone,
    created_by     uuid           not null,
    created_at     timestamp with time zone not null,
    primary key (workspace_id, id),
    foreign key (workspace_id, partnership_id) references partnerships (workspace_id, id) on delete cascade,
    constraint rhythm_meetings_order check (ends_at > starts_at)
);
create index rhythm_meetings_by_partnership on rhythm_meetings (workspace_id, partnership_id, starts_at, id);

create table rhythm_agenda_items (
    workspace_id uuid          not null,
    meeting_id   uuid          not null,
    position     integer       not null,
    listen_first boolean       not null,
    title        varchar(200)  not null,
    primary key (workspace_id, meeting_id, position),
    foreign key (workspace_id, meeting_id) references rhythm_meetings (workspace_id, id) on delete cascade
);

create table rhythm_attendance (
    workspace_id   uuid        not null,
    meeting_id     uuid        not null,
    participant_id uuid        not null,
    status         varchar(8)  not null,
    primary key (workspace_id, meeting_id, participant_id),
    foreign key (workspace_id, meeting_id) references rhythm_meetings (workspace_id, id) on delete cascade
);

create table rhythm_commitments (
    workspace_id   uuid          not null,
    id             uuid          not null,
    partnership_id uuid          not null,
    meeting_id     uuid,
    what           varchar(500)  not null,
    owner_side     varchar(4)    not null,
    owner_id       uuid,
    due_on         date          not null,
    status         varchar(8)    not null,
    done_on        date,
    created_by     uuid          not null,
    created_at     timestamp with time zone not null,
    primary key (workspace_id, id),
    foreign key (workspace_id, partnership_id) references partnerships (workspace_id, id) on delete cascade
);
create index rhythm_commitments_by_partnership on rhythm_commitments (workspace_id, partnership_id, id);
create index rhythm_commitments_by_due on rhythm_commitments (workspace_id, status, due_on, id);
create index rhythm_commitments_by_meeting on rhythm_commitments (workspace_id, meeting_id);
