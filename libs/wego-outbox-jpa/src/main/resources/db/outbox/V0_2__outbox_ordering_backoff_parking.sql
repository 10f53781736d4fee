-- Per-aggregate sequence (the CloudEvents sequence extension), per-row backoff and parking for the outbox relay.
-- Versioned below the services' own migrations on purpose: it belongs to the library, and the services run Flyway
-- with outOfOrder so that databases created before it get it too.

-- Last sequence number given out per topic and key; outlives the outbox rows, which are cleaned after a while.
create table outbox_key_sequence (
    topic         varchar(200) not null,
    event_key     varchar(200) not null,
    last_sequence bigint       not null,
    primary key (topic, event_key)
);
insert into outbox_key_sequence (topic, event_key, last_sequence)
select topic, event_key, count(*) from outbox_event group by topic, event_key;

alter table outbox_event add column key_sequence bigint;
alter table outbox_event add column next_attempt_at timestamptz;
alter table outbox_event add column parked_at timestamptz;
alter table outbox_event add column last_error varchar(1000);

-- The relay picks due rows and must see, per key, whether an older row is still waiting (then the key waits).
create index outbox_event_pending_key on outbox_event (topic, event_key, seq) where published_at is null;
-- Cleaning sent rows after the retention period.
create index outbox_event_published on outbox_event (published_at) where published_at is not null;
create index processed_event_age on processed_event (processed_at);
