-- A guest invitation names its partnership: it goes with it when the partnership is deleted, like every other row
-- hanging off a partnership (PartnershipDeletionTests).
alter table invitations add constraint invitations_partnership
    foreign key (workspace_id, partnership_id) references partnerships (workspace_id, id) on delete cascade;
