-- Partnerships: the central record, its values (tags), stage history, participants and notes.
-- Contacts and organisations are referred to by id only (they belong to the contacts module).
-- due_at / overdue_at are kept on write (last contact, or creation, plus the cadence) so that the
-- "losing touch" list is an index range, not a computation over the whole portfolio.

create table partnerships (
    workspace_id       uuid          not null references workspaces (id),
    id                 uuid          not null,
    name               varchar(200)  not null,
    name_key           varchar(200)  not null,
    kind               varchar(16)   not null,
    stage              varchar(16)   not null,
    owner_id           uuid          not null,
    organization_id    uuid,
    contact_id         uuid,
    purpose            varchar(2000),
    visibility         varchar(8)    not null,
    cadence_ideal_days integer       not null,
    cadence_max_days   integer       not null,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    last_contacted_at  timestamp with time zone,
    due_at             timestamp with time zone not null,
    overdue_at         timestamp with time zone not null,
    primary key (workspace_id, id),
    constraint partnerships_cadence check (cadence_ideal_days between 1 and 365
        and cadence_max_days between cadence_ideal_days and 365)
);
create index partnerships_by_name on partnerships (workspace_id, name_key, id);
create index partnerships_by_kind on partnerships (workspace_id, kind, id);
create index partnerships_by_stage on partnerships (workspace_id, stage, id);
create index partnerships_by_owner on partnerships (workspace_id, owner_id, id);
create index partnerships_by_contacted on partnerships (workspace_id, last_contacted_at, id);
create index partnerships_by_overdue on partnerships (workspace_id, overdue_at, id);
create index partnerships_by_contact on partnerships (workspace_id, contact_id);

create table partnership_values (
    workspace_id   uuid         not null,
    partnership_id uuid         not null,
    value_key      varchar(50)  not null,
    label          varchar(50)  not null,
    primary key (workspace_id, partnership_id, value_key),
    foreign key (workspace_id, partnership_id) references partnerships (workspace_id, id) on delete cascade
);
create index partnership_values_by_key on partnership_values (workspace_id, value_key, partnership_id);

create table partnership_stage_changes (
    workspace_id   uuid          not null,
    id             uuid          not null,
    partnership_id uuid          not null,
    from_stage     varchar(16),
    to_stage       varchar(16)   not null,
    reason         varchar(500)  not null,
    actor_id       uuid          not null,
    changed_at     timestamp with time zone not null,
    primary key (workspace_id, id),
    foreign key (workspace_id, partnership_id) references partnerships (workspace_id, id) on delete cascade
);
create index partnership_stage_changes_by_partnership on partnership_stage_changes (workspace_id, partnership_id, id);

create table partnership_participants (
    workspace_id   uuid          not null,
    id             uuid          not null,
    partnership_id uuid          not null,
    side           varchar(8)    not null,
    person_id      uuid          not null,
    role           varchar(100)  not null,
    added_at       timestamp with time zone not null,
    primary key (workspace_id, id),
    constraint partnership_participants_once unique (workspace_id, partnership_id, side, person_id),
    foreign key (workspace_id, partnership_id) references partnerships (workspace_id, id) on delete cascade
);
create index partnership_participants_by_person on partnership_participants (workspace_id, side, person_id);

create table partnership_notes (
    workspace_id   uuid          not null,
    id             uuid          not null,
    partnership_id uuid          not null,
    body           varchar(4000) not null,
    visibility     varchar(8)    not null,
    author_id      uuid          not null,
    created_at     timestamp with time zone not null,
    primary key (workspace_id, id),
    foreign key (workspace_id, partnership_id) references partnerships (workspace_id, id) on delete cascade
);
create index partnership_notes_by_partnership on partnership_notes (workspace_id, partnership_id, id);
