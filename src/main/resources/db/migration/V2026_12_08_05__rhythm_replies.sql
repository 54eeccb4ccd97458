-- Whether a participant says they will come to a meeting still ahead (a guest confirms their own).
create table rhythm_replies (
    workspace_id   uuid                     not null,
    meeting_id     uuid                     not null,
    participant_id uuid                     not null,
    reply          varchar(12)              not null,
    replied_at     timestamp with time zone not null,
    primary key (workspace_id, meeting_id, participant_id),
    foreign key (workspace_id, meeting_id) references rhythm_meetings (workspace_id, id) on delete cascade
);
