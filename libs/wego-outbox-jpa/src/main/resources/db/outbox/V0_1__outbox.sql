-- Shared by every PostgreSQL service (wego-outbox-jpa): the transactional outbox and the idempotent-consumer log.
create table outbox_event (
    seq          bigint generated always as identity primary key,
    event_id     uuid        not null unique,
    topic        varchar(200) not null,
    event_key    varchar(200) not null,
    type         varchar(200) not null,
    source       varchar(200) not null,
    subject      varchar(300),
    occurred_at  timestamptz not null,
    payload      text        not null,
    published_at timestamptz,
    attempts     int         not null default 0
);
-- The relay only ever scans what is still waiting.
create index outbox_event_pending on outbox_event (seq) where published_at is null;

create table processed_event (
    consumer     varchar(100) not null,
    event_id     varchar(200) not null,
    processed_at timestamptz  not null default now(),
    primary key (consumer, event_id)
);
