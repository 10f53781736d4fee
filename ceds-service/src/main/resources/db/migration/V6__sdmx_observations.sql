-- Published results as SDMX observations: one row per assessment and measure (SCORE and each criterion), written
-- when an assessment is published and marked when it is withdrawn. Feeds read one query per request through these
-- indexes instead of re-scoring every published assessment.
alter table assessment add column withdrawn_at timestamptz;
alter table assessment add column withdrawal_reason varchar(500);

create table sdmx_observation (
    assessment_id     uuid          not null references assessment (id),
    framework_code    varchar(32)   not null,
    framework_version varchar(20)   not null,
    city              varchar(64)   not null,
    measure           varchar(64)   not null,
    time_period       int           not null,
    obs_value         numeric(10, 4) not null,
    maturity_level    varchar(32),
    updated_at        timestamptz   not null,
    withdrawn_at      timestamptz,
    primary key (assessment_id, measure)
);
create index sdmx_observation_by_key on sdmx_observation (framework_code, framework_version, city, measure, time_period);
create index sdmx_observation_by_update on sdmx_observation (framework_code, framework_version, updated_at);
