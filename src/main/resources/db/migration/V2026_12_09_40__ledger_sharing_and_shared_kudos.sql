-- A partnership's ledger may be SHARED with its guests (a row here; none: INTERNAL, the default), who then see the
-- balance and record their own side's contributions. Kudos may be SHARED too: they then show in the shared space.

create table ledger_sharing (
    workspace_id   uuid not null,
    partnership_id uuid not null,
    shared_at      timestamp with time zone not null,
    shared_by      uuid not null,
    primary key (workspace_id, partnership_id),
    foreign key (workspace_id, partnership_id) references partnerships (workspace_id, id) on delete cascade
);

alter table recognition_kudos add column visibility varchar(8) default 'INTERNAL' not null;
