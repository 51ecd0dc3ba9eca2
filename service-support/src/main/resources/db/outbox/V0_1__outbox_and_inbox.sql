-- Shared by every service (shipped in service-support): the transactional outbox and the
-- record of events already handled, so that consumers are idempotent.
create table outbox_event (
    id            bigserial primary key,
    topic         varchar(200) not null,
    record_key    varchar(300),
    -- null = a tombstone on a compacted topic
    payload       text,
    event_id      uuid,
    created_at    timestamptz  not null default now(),
    published_at  timestamptz
);
create index outbox_event_unpublished on outbox_event (id) where published_at is null;

create table processed_event (
    consumer      varchar(100) not null,
    event_id      varchar(100) not null,
    processed_at  timestamptz  not null default now(),
    primary key (consumer, event_id)
);
