-- Calendar feeds (rhythm): each user's secret, revocable iCalendar subscription URL.
-- A user-level table with no workspace_id, like identity's api_tokens and the account tables: one feed
-- gathers the user's meetings and commitments from every workspace they belong to, and a request for it
-- is looked up by its secret alone, before any workspace is known. What the feed shows is still read
-- workspace by workspace, through the user's current memberships. Only the SHA-256 of the secret is
-- kept; "reset" sets revoked_at on the live feed and creates a new one, so at most one is live per user.
create table calendar_feeds (
    id          uuid         not null primary key,
    user_id     uuid         not null references users (id) on delete cascade,
    secret_hash varchar(64)  not null,
    created_at  timestamp with time zone not null,
    revoked_at  timestamp with time zone,
    constraint calendar_feeds_hash unique (secret_hash)
);
create index calendar_feeds_by_user on calendar_feeds (user_id, revoked_at);
