-- Anonymous retrospectives, unlinkable by design (ADR 0012): the links (whose use is recorded as a flag, with no
-- time) and the answers live in separate tables with no column that joins them; an answer keeps no respondent, no
-- link, no time but its week, and a random (not time-ordered) id.

create table feedback_retros (
    workspace_id   uuid         not null,
    id             uuid         not null,
    partnership_id uuid         not null,
    title          varchar(200) not null,
    threshold      integer      not null,
    opened_by      uuid         not null,
    opened_at      timestamp with time zone not null,
    expires_at     timestamp with time zone not null,
    primary key (workspace_id, id),
    constraint feedback_retros_threshold check (threshold >= 3),
    foreign key (workspace_id, partnership_id) references partnerships (workspace_id, id) on delete cascade
);

create table feedback_retro_links (
    workspace_id uuid        not null,
    retro_id     uuid        not null,
    token_hash   varchar(64) not null,
    used         boolean     default false not null,
    primary key (workspace_id, retro_id, token_hash),
    foreign key (workspace_id, retro_id) references feedback_retros (workspace_id, id) on delete cascade
);
create index feedback_retro_links_by_token on feedback_retro_links (token_hash);

create table feedback_retro_answers (
    workspace_id   uuid          not null,
    id             uuid          not null,
    retro_id       uuid          not null,
    answered_week  date          not null,
    growing        integer,
    went_well      varchar(2000),
    to_improve     varchar(2000),
    primary key (workspace_id, id),
    constraint feedback_retro_answers_growing check (growing between 1 and 5),
    foreign key (workspace_id, retro_id) references feedback_retros (workspace_id, id) on delete cascade
);
