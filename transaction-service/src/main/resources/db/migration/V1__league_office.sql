-- The league office's state: one row per league (settings and calendar), its teams, players (whose
-- "team" column is the roster they are on), standings and schedule. Natural keys are unique per
-- league; the surrogate ids are what the ops API shows and what JPA uses. They come from sequences
-- that hand out blocks of 50 (not identity columns), so Hibernate can batch the inserts of an import.
create table league (
    league_id           varchar(32)      primary key,
    name                varchar(200)     not null,
    season              integer          not null,
    week                integer          not null,
    -- "freeze" is a reserved word in PostgreSQL
    frozen              boolean          not null default false,
    timezone            varchar(64)      not null,
    free_agent_team     varchar(16)      not null,
    roster_major        integer          not null,
    roster_minor        integer          not null,
    roster_minor_week15 integer          not null,
    roster_offseason    integer          not null,
    default_swar_cap    double precision not null,
    admin_role_name     varchar(100),
    updated_at          timestamptz      not null default now()
);

create sequence team_seq increment by 50;
create table team (
    id              bigint           primary key,
    league_id       varchar(32)      not null references league (league_id),
    abbrev          varchar(16)      not null,
    short_name      varchar(100)     not null,
    long_name       varchar(200)     not null,
    colour          varchar(6),
    thumbnail_url   varchar(1000),
    -- the team's own cap; null = the league's default_swar_cap
    swar_cap        double precision,
    -- Discord user ids, comma-separated (snowflakes hold no commas)
    gm_ids          varchar(200)     not null default '',
    minor_league    varchar(16)      not null,
    injured_list    varchar(16)      not null,
    unique (league_id, abbrev)
);

create sequence player_seq increment by 50;
create table player (
    id          bigint           primary key,
    league_id   varchar(32)      not null references league (league_id),
    player_id   integer          not null,
    name        varchar(200)     not null,
    swar        double precision not null,
    -- position codes, primary first, comma-separated
    positions   varchar(100)     not null,
    image_url   varchar(1000),
    -- the roster: a team abbrev, one of its affiliates, or the free-agent abbrev
    team        varchar(16)      not null,
    unique (league_id, player_id)
);
create index player_by_roster on player (league_id, team);

create sequence standing_seq increment by 50;
create table standing (
    id          bigint       primary key,
    league_id   varchar(32)  not null references league (league_id),
    team        varchar(16)  not null,
    wins        integer      not null,
    losses      integer      not null,
    unique (league_id, team)
);

create sequence scheduled_game_seq increment by 50;
create table scheduled_game (
    id          bigint       primary key,
    league_id   varchar(32)  not null references league (league_id),
    week        integer      not null,
    away        varchar(16)  not null,
    home        varchar(16)  not null,
    game        integer      not null,
    completed   boolean      not null default false,
    unique (league_id, week, away, home, game)
);

-- Draft picks whose player the league office moved, so that a cleared pick (a tombstone on
-- draft.pick-made) can move that player back. "moved" is false when he was already on the team.
create sequence applied_pick_seq increment by 50;
create table applied_pick (
    id          bigint       primary key,
    league_id   varchar(32)  not null,
    season      integer      not null,
    overall     integer      not null,
    player_id   integer      not null,
    team        varchar(16)  not null,
    moved       boolean      not null,
    applied_at  timestamptz  not null default now(),
    unique (league_id, season, overall)
);
