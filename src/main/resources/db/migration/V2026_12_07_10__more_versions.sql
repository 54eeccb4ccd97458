-- The rest of the updatable records carry a version and who changed them last, when (issue 17): organisations, key
-- results, own goals, health settings, member roles and the workspace name.
alter table goal_key_results add column updated_at timestamp with time zone;
alter table goal_own_goals add column updated_at timestamp with time zone;
alter table health_settings add column updated_by uuid;
alter table memberships add column updated_by uuid;
alter table memberships add column updated_at timestamp with time zone;
alter table workspaces add column version bigint default 0 not null;
alter table workspaces add column updated_by uuid;
alter table workspaces add column updated_at timestamp with time zone;
