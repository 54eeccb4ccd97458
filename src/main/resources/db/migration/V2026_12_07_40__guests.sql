-- Partner-side guests (issue 19). A guest invitation is an invitation scoped to one partnership: it is
-- accepted through the same link and the same proof of mailbox, but gives a guest row instead of a
-- membership. A guest row grants the partnership's SHARED items only, until it is revoked.
alter table invitations add column partnership_id uuid;
alter table invitations add column partnership_name varchar(200);
alter table invitations add column revoked_at timestamp with time zone;
alter table invitations alter column role drop not null;
create index invitations_by_partnership on invitations (workspace_id, partnership_id, id);

create table partnership_guests (
    workspace_id   uuid not null references workspaces (id),
    partnership_id uuid not null,
    user_id        uuid not null references users (id),
    invitation_id  uuid not null,
    joined_at      timestamp with time zone not null,
    revoked_at     timestamp with time zone,
    primary key (workspace_id, partnership_id, user_id),
    foreign key (workspace_id, partnership_id) references partnerships (workspace_id, id) on delete cascade,
    foreign key (workspace_id, invitation_id) references invitations (workspace_id, id)
);
create index partnership_guests_by_user on partnership_guests (user_id, workspace_id);

-- Goals are written with the partner: SHARED unless a member keeps one to the team.
alter table goals add column visibility varchar(8) default 'SHARED' not null;
-- A meeting's notes and decisions: what the team keeps for itself until it chooses to share them.
alter table rhythm_meetings add column notes_visibility varchar(8) default 'INTERNAL' not null;
