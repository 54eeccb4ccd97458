-- Tokens handed out by an API log-in end with a password change or reset, like sessions; personal tokens stay.
alter table api_tokens add column login boolean default false not null;
update api_tokens set login = true where name = 'API log-in' and expires_at is not null;
