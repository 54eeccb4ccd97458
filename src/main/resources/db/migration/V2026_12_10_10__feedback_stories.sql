-- Stories: a short narrative of what the partnership meant, told by someone of either side (a member, a guest, or
-- a respondent through a pulse link), with an optional prompt and a visibility (guests read only SHARED ones).
-- author_id is the member or guest who wrote it (null for a story told through a link: nobody edits those);
-- round_id is the pulse round it came with, kept as a plain reference (a round deleted later leaves the story).

create table feedback_stories (
    workspace_id   uuid          not null,
    id             uuid          not null,
    partnership_id uuid          not null,
    prompt         varchar(16),
    body           varchar(2000) not null,
    visibility     varchar(8)    not null,
    side           varchar(8)    not null,
    source         varchar(8)    not null,
    author_id      uuid,
    author_name    varchar(200)  not null,
    round_id       uuid,
    recorded_at    timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    version        bigint        default 0 not null,
    primary key (workspace_id, id),
    foreign key (workspace_id, partnership_id) references partnerships (workspace_id, id) on delete cascade
);
create index feedback_stories_by_partnership on feedback_stories (workspace_id, partnership_id, recorded_at);
