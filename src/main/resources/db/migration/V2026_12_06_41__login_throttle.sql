-- Log-in failures counted per key (an account from an address, an account, an address) in one row each, so that
-- an attempt is counted under that row's lock before its password is checked (identity.LoginThrottle).
create table login_throttle (
    throttle_key   varchar(80)  not null primary key,
    failures       int          not null,
    last_failed_at timestamp with time zone not null,
    blocked_until  timestamp with time zone
);
create index login_throttle_by_age on login_throttle (last_failed_at);

drop table login_failures;
