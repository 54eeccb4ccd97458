-- Sign-up proves the mailbox before an account can accept invitations or receive mail digests.
-- Accounts made before this change count as verified.
alter table users add column email_verified_at timestamp with time zone;
update users set email_verified_at = created_at;

create table email_verifications (
    id          uuid        not null primary key,
    user_id     uuid        not null references users (id),
    token_hash  varchar(64) not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone,
    constraint email_verifications_hash unique (token_hash)
);
create index email_verifications_user on email_verifications (user_id);
