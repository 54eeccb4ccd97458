-- Every updatable record carries a version, raised by each update whose statement checks the version it was based
-- on, and who changed it last: two edits at once keep both or refuse one, never lose one silently (issue 17).
alter table partnerships add column version bigint default 0 not null;
alter table partnerships add column updated_by uuid;
alter table contacts add column version bigint default 0 not null;
alter table contacts add column updated_by uuid;
alter table contact_organizations add column version bigint default 0 not null;
alter table contact_organizations add column updated_by uuid;
alter table goals add column version bigint default 0 not null;
alter table goals add column updated_by uuid;
alter table goal_key_results add column version bigint default 0 not null;
alter table goal_key_results add column updated_by uuid;
alter table goal_own_goals add column version bigint default 0 not null;
alter table goal_own_goals add column updated_by uuid;
alter table rhythm_meetings add column version bigint default 0 not null;
alter table rhythm_meetings add column updated_by uuid;
alter table rhythm_commitments add column version bigint default 0 not null;
alter table rhythm_commitments add column updated_by uuid;
alter table health_settings add column version bigint default 0 not null;
alter table memberships add column version bigint default 0 not null;
alter table rhythm_meetings add column updated_at timestamp with time zone;
alter table rhythm_commitments add column updated_at timestamp with time zone;
