-- The shared space of a partnership: posts (updates, questions, resources) and their replies, files kept in the
-- database (nodes stay stateless), and who has read up to where. Rows go with their partnership.

-- One counter per workspace: every write in the space takes the next number, under the counter row's lock, so
-- numbers become visible in the order they were given and a live stream that resumes "after n" misses nothing.
create table space_sequences (
    workspace_id uuid   not null,
    last_seq     bigint not null,
    primary key (workspace_id)
);

create table space_posts (
    workspace_id   uuid          not null,
    id             uuid          not null,
    partnership_id uuid          not null,
    parent_id      uuid,
    kind           varchar(16)   not null,
    body           varchar(4000) not null,
    link_url       varchar(2000),
    link_title     varchar(200),
    visibility     varchar(16)   not null,
    author_id      uuid          not null,
    author_name    varchar(200)  not null,
    author_side    varchar(8)    not null,
    answer_id      uuid,
    created_at     timestamp with time zone not null,
    created_seq    bigint        not null,
    seq            bigint        not null,
    version        bigint        not null default 0,
    updated_at     timestamp with time zone,
    deleted_at     timestamp with time zone,
    primary key (workspace_id, id),
    foreign key (workspace_id, partnership_id) references partnerships (workspace_id, id) on delete cascade,
    foreign key (workspace_id, parent_id) references space_posts (workspace_id, id) on delete cascade
);
create index space_posts_feed on space_posts (workspace_id, partnership_id, parent_id, id);
create index space_posts_by_parent on space_posts (workspace_id, parent_id, id);
create unique index space_posts_by_seq on space_posts (workspace_id, seq);
create index space_posts_unread on space_posts (workspace_id, partnership_id, created_seq);

create table space_files (
    workspace_id   uuid          not null,
    id             uuid          not null,
    post_id        uuid          not null,
    name           varchar(255)  not null,
    media_type     varchar(200)  not null,
    size_bytes     bigint        not null,
    content        bytea         not null,
    thumbnail      bytea,
    created_by     uuid          not null,
    created_at     timestamp with time zone not null,
    primary key (workspace_id, id),
    foreign key (workspace_id, post_id) references space_posts (workspace_id, id) on delete cascade
);
create unique index space_files_by_post on space_files (workspace_id, post_id);

create table space_visits (
    workspace_id   uuid   not null,
    user_id        uuid   not null,
    partnership_id uuid   not null,
    seen_seq       bigint not null,
    seen_at        timestamp with time zone not null,
    primary key (workspace_id, user_id, partnership_id),
    foreign key (workspace_id, partnership_id) references partnerships (workspace_id, id) on delete cascade
);
