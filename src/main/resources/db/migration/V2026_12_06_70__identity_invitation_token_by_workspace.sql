-- A workspace's tables can be distributed by workspace (ADR 10) only if each unique key holds workspace_id:
-- an invitation's token is unique within its workspace (a 256-bit random secret is unique anyway), and an
-- index of its own still finds it by the token alone, before its workspace is known.
alter table invitations drop constraint invitations_token;
alter table invitations add constraint invitations_token unique (workspace_id, token_hash);
create index invitations_by_token on invitations (token_hash);
