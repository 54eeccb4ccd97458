-- Health index: each partnership's current score with the factors and signals behind it (written when its
-- facts change and once a day for time-based decay), a snapshot per week for the trend, and the
-- workspace's weights and thresholds. Ended partnerships have no current score.

create table health_scores (
    workspace_id   uuid          not null,
    partnership_id uuid          not null,
    name           varchar(200)  not null,
    kind           varchar(16)   not null,
    stage          varchar(16)   not null,
    owner_id       uuid          not null,
    score          integer,
    confidence     integer       not null,
    risk           integer       not null,
    top_signal     varchar(32),
    top_severity   varchar(8),
    factors        varchar(8000) not null,
    signals        varchar(8000) not null,
    as_of          date          not null,
    computed_at    timestamp with time zone not null,
    primary key (workspace_id, partnership_id),
    foreign key (workspace_id, partnership_id) references partnerships (workspace_id, id) on delete cascade
);
create index health_scores_by_risk on health_scores (workspace_id, risk, partnership_id);
create index health_scores_by_owner on health_scores (workspace_id, owner_id, risk, partnership_id);
create index health_scores_stale on health_scores (as_of);

create table health_snapshots (
    workspace_id   uuid     not null,
    partnership_id uuid     not null,
    week           date     not null,
    score          integer,
    confidence     integer  not null,
    primary key (workspace_id, partnership_id, week),
    foreign key (workspace_id, partnership_id) references partnerships (workspace_id, id) on delete cascade
);

create table health_settings (
    workspace_id          uuid     not null primary key,
    weight_cadence        integer  not null,
    weight_reliability    integer  not null,
    weight_engagement     integer  not null,
    weight_satisfaction   integer  not null,
    weight_reciprocity    integer  not null,
    weight_alignment      integer  not null,
    missed_meetings       integer  not null,
    of_last_meetings      integer  not null,
    on_time_below         integer  not null,
    overdue_at_least      integer  not null,
    growing_points        integer  not null,
    updated_at            timestamp with time zone not null,
    foreign key (workspace_id) references workspaces (id) on delete cascade
);

-- Partnerships that exist before the index: stale rows the decay job computes on its first run.
insert into health_scores (workspace_id, partnership_id, name, kind, stage, owner_id, score, confidence, risk, factors,
    signals, as_of, computed_at)
select workspace_id, id, name, kind, stage, owner_id, null, 0, -1, '[]', '[]', date '1970-01-01', current_timestamp
from partnerships where stage <> 'ENDED';
