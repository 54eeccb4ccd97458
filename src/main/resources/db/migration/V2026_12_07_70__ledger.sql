-- Ledger: what each side of a partnership put in (contributions) and got out (rewards), the shared risks and the
-- agreed split of rewards, and how a workspace values them in one common unit so the sides can be compared.
-- People and goals are referred to by id only; deleting a partnership deletes its ledger.

create table ledger_settings (
    workspace_id   uuid           not null references workspaces (id),
    unit           varchar(8)     not null,
    currency       varchar(3)     not null,
    money_per_unit numeric(19, 4) not null,
    kind_values    varchar(1000)  not null,
    rates          varchar(4000)  not null,
    updated_at     timestamp with time zone not null,
    updated_by     uuid,
    version        bigint         default 0 not null,
    primary key (workspace_id)
);

create table ledger_entries (
    workspace_id   uuid           not null,
    id             uuid           not null,
    partnership_id uuid           not null,
    flow           varchar(12)    not null,
    side           varchar(4)     not null,
    kind           varchar(16)    not null,
    description    varchar(500)   not null,
    occurred_on    date           not null,
    amount         numeric(19, 4) not null,
    currency       varchar(3),
    person_id      uuid,
    goal_id        uuid,
    milestone_id   uuid,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    updated_by     uuid,
    version        bigint         default 0 not null,
    primary key (workspace_id, id),
    constraint ledger_entries_amount check (amount >= 0),
    foreign key (workspace_id, partnership_id) references partnerships (workspace_id, id) on delete cascade
);
create index ledger_entries_by_partnership on ledger_entries (workspace_id, partnership_id, flow, occurred_on, id);

create table ledger_risks (
    workspace_id     uuid          not null,
    id               uuid          not null,
    partnership_id   uuid          not null,
    risk             varchar(500)  not null,
    likelihood       varchar(8)    not null,
    impact           varchar(8)    not null,
    bears            varchar(8)    not null,
    our_reward_share integer       not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    updated_by       uuid,
    version          bigint        default 0 not null,
    primary key (workspace_id, id),
    constraint ledger_risks_share check (our_reward_share between 0 and 100),
    foreign key (workspace_id, partnership_id) references partnerships (workspace_id, id) on delete cascade
);
create index ledger_risks_by_partnership on ledger_risks (workspace_id, partnership_id, id);
