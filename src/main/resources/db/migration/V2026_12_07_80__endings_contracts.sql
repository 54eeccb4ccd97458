-- Endings: the contracts of a partnership, written "with the divorce in mind": term, renewal, notice, what ending
-- costs, and the exit terms (transition plan, data return, handover help, what survives). Deleting a partnership
-- deletes its contracts.

create table endings_contracts (
    workspace_id        uuid          not null,
    id                  uuid          not null,
    partnership_id      uuid          not null,
    title               varchar(200)  not null,
    counterparty        varchar(200)  not null,
    starts_on           date          not null,
    ends_on             date,
    auto_renews         boolean       not null,
    renewal_notice_on   date,
    notice_days         integer,
    termination_cost    varchar(500),
    transition_plan     varchar(2000),
    data_return         varchar(2000),
    handover_help       varchar(2000),
    survives            varchar(2000),
    document_url        varchar(2000),
    last_notice_on      date,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    version             bigint        default 0 not null,
    updated_by          uuid,
    primary key (workspace_id, id),
    foreign key (workspace_id, partnership_id) references partnerships (workspace_id, id) on delete cascade
);
create index endings_contracts_by_partnership on endings_contracts (workspace_id, partnership_id, id);
create index endings_contracts_by_notice on endings_contracts (workspace_id, last_notice_on);
