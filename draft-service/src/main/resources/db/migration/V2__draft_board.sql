-- The draft's format and clock, kept with its state row.
alter table draft
    add column rounds            integer     not null default 32,
    add column teams_per_round   integer     not null default 16,
    add column linear_rounds     integer     not null default 10,
    add column free_agent_team   varchar(16) not null default 'FA',
    add column default_swar_cap  double precision not null default 32.0,
    add column clock_started_at  timestamptz,
    add column sheet_key         varchar(200);

-- draft-service's own view of the league's teams and players, fed by league.teams / league.players
-- and, for a player's team, by its own picks (in the pick's transaction).
create table draft_team (
    league_id      varchar(32)  not null,
    abbrev         varchar(16)  not null,
    short_name     varchar(100) not null,
    long_name      varchar(200) not null,
    colour         varchar(16),
    thumbnail_url  varchar(500),
    swar_cap       double precision,
    gm_ids         varchar(200) not null default '',
    minor_league   varchar(20),
    injured_list   varchar(20),
    primary key (league_id, abbrev)
);

create table draft_player (
    league_id   varchar(32)  not null,
    player_id   bigint       not null,
    name        varchar(200) not null,
    swar        double precision not null,
    positions   varchar(100) not null default '',
    image_url   varchar(500),
    team        varchar(20)  not null,
    primary key (league_id, player_id)
);
create index draft_player_team on draft_player (league_id, team);

-- Every pick of a season. The unique constraints are the last word on "no double pick".
create table draft_pick (
    league_id       varchar(32) not null,
    season          integer     not null,
    overall         integer     not null,
    round           integer     not null,
    original_owner  varchar(16) not null,
    owner           varchar(16) not null,
    player_id       bigint,
    auto            boolean     not null default false,
    picked_at       timestamptz,
    primary key (league_id, season, overall),
    constraint draft_pick_player_once unique (league_id, season, player_id)
);

-- A team's auto-draft queue, rank 1 first.
create table draft_list_entry (
    league_id  varchar(32) not null,
    season     integer     not null,
    team       varchar(16) not null,
    rank       integer     not null,
    player_id  bigint      not null,
    primary key (league_id, season, team, player_id)
);

-- Clock notices already sent, so that a restart or a second replica never repeats one.
create table draft_clock_notice (
    league_id  varchar(32) not null,
    season     integer     not null,
    overall    integer     not null,
    deadline   timestamptz not null,
    kind       varchar(16) not null,
    sent_at    timestamptz not null,
    primary key (league_id, season, overall, deadline, kind)
);
