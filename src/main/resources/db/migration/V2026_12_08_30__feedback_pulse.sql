-- Pulse surveys: a workspace's template (its open questions; null keeps the default text in each respondent's
-- language), rounds sent to chosen people of one or many partnerships, one recipient row per person and
-- partnership with the hash of their single-use link, and their answers. Deleting a partnership deletes its
-- recipients and answers; a round keeps the others.

create table feedback_templates (
    workspace_id    uuid         not null references workspaces (id),
    open_question_1 varchar(300),
    open_question_2 varchar(300),
    updated_at      timestamp with time zone not null,
    version         bigint       default 0 not null,
    primary key (workspace_id)
);

create table feedback_rounds (
    workspace_id    uuid         not null references workspaces (id),
    id              uuid         not null,
    title           varchar(200) not null,
    open_question_1 varchar(300),
    open_question_2 varchar(300),
    opened_by       uuid         not null,
    opened_at       timestamp with time zone not null,
    expires_at      timestamp with time zone not null,
    closed_at       timestamp with time zone,
    version         bigint       default 0 not null,
    primary key (workspace_id, id)
);
create index feedback_rounds_by_opening on feedback_rounds (workspace_id, opened_at, id);

create table feedback_recipients (
    workspace_id   uuid         not null,
    id             uuid         not null,
    round_id       uuid         not null,
    partnership_id uuid         not null,
    kind           varchar(8)   not null,
    person_id      uuid         not null,
    name           varchar(200) not null,
    email          varchar(320),
    language       varchar(8)   not null,
    delivery       varchar(16)  not null,
    token_hash     varchar(64)  not null,
    answered_at    timestamp with time zone,
    primary key (workspace_id, id),
    constraint feedback_recipients_token unique (workspace_id, token_hash),
    constraint feedback_recipients_once unique (workspace_id, round_id, partnership_id, kind, person_id),
    foreign key (workspace_id, round_id) references feedback_rounds (workspace_id, id) on delete cascade,
    foreign key (workspace_id, partnership_id) references partnerships (workspace_id, id) on delete cascade
);
-- The public answer page knows only the link's token: its hash finds the row before the workspace is known.
create index feedback_recipients_by_token on feedback_recipients (token_hash);
create index feedback_recipients_by_round on feedback_recipients (workspace_id, round_id, partnership_id);

create table feedback_answers (
    workspace_id        uuid          not null,
    id                  uuid          not null,
    round_id            uuid          not null,
    recipient_id        uuid          not null,
    partnership_id      uuid          not null,
    satisfaction        integer       not null,
    continue_likelihood integer,
    answer_1            varchar(2000),
    answer_2            varchar(2000),
    answered_at         timestamp with time zone not null,
    primary key (workspace_id, id),
    constraint feedback_answers_once unique (workspace_id, recipient_id),
    constraint feedback_answers_satisfaction check (satisfaction between 1 and 5),
    constraint feedback_answers_continue check (continue_likelihood between 0 and 10),
    foreign key (workspace_id, recipient_id) references feedback_recipients (workspace_id, id) on delete cascade,
    foreign key (workspace_id, round_id) references feedback_rounds (workspace_id, id) on delete cascade,
    foreign key (workspace_id, partnership_id) references partnerships (workspace_id, id) on delete cascade
);
create index feedback_answers_by_partnership on feedback_answers (workspace_id, partnership_id, answered_at);
create index feedback_answers_by_round on feedback_answers (workspace_id, round_id);
