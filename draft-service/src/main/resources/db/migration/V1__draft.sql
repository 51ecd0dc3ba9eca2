-- One draft per league and season. "version" is checked on every change, so two writers racing
-- (a manual pick and the clock's auto-draft) cannot both advance it.
create table draft (
    league_id        varchar(32)  not null,
    season           integer      not null,
    current_overall  integer      not null default 1,
    timer_enabled    boolean      not null default false,
    paused           boolean      not null default false,
    pick_deadline    timestamptz,
    pick_seconds     integer      not null default 120,
    ping_channel     varchar(100),
    result_channel   varchar(100),
    version          bigint       not null default 0,
    primary key (league_id, season)
);
