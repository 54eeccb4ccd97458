-- Each change to an account counts, so a read can be shown to change nothing (a GET never writes).
alter table users add column version bigint default 0 not null;
