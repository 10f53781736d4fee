create table membership_application (
    id             uuid         primary key,
    status         varchar(20)  not null,
    code           varchar(64)  not null,
    name           varchar(200) not null,
    country        char(2)      not null,
    region         varchar(20)  not null,
    type           varchar(20)  not null,
    population     bigint,
    website        varchar(300),
    contact_name   varchar(200) not null,
    contact_email  varchar(254) not null,
    motivation     varchar(4000) not null,
    submitted_by   varchar(200) not null,
    submitted_at   timestamptz  not null,
    member_code    varchar(64)  references member (code),
    version        bigint       not null default 0
);
-- At most one open application per proposed code.
create unique index membership_application_open_code on membership_application (code)
    where status in ('SUBMITTED', 'INFO_REQUESTED', 'RECOMMENDED');
create index membership_application_status on membership_application (status, submitted_at);

-- The audit trail: every step, who took it, when, and what they wrote.
create table application_step (
    seq            bigint generated always as identity primary key,
    application_id uuid          not null references membership_application (id),
    action         varchar(20)   not null,
    resulting_status varchar(20) not null,
    actor          varchar(200)  not null,
    comment        varchar(2000),
    at             timestamptz   not null
);
create index application_step_by_application on application_step (application_id, seq);
