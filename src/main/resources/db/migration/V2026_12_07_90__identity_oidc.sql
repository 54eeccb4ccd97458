-- Sign-in through OpenID Connect providers: an account is linked to a provider's subject once, by a verified email
-- or at sign-up. Account-level like users, so not scoped by a workspace.
create table user_identities (
    issuer     varchar(500) not null,
    subject    varchar(255) not null,
    user_id    uuid         not null references users (id) on delete cascade,
    email      varchar(320) not null,
    created_at timestamp with time zone not null,
    primary key (issuer, subject)
);
create index user_identities_by_user on user_identities (user_id);

-- A workspace may require its members to sign in through a provider (no password log-in).
alter table workspaces add column password_login boolean default true not null;
