create table assessment (
    id                uuid         primary key,
    city              varchar(64)  not null references member_city (code),
    framework_code    varchar(32)  not null,
    framework_version varchar(20)  not null,
    year              int          not null,
    status            varchar(20)  not null,
    answers           text         not null,
    result            text,
    created_by        varchar(200) not null,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    submitted_at      timestamptz,
    published_at      timestamptz,
    version           bigint       not null default 0,
    foreign key (framework_code, framework_version) references framework (code, version),
    unique (city, framework_code, framework_version, year)
);
create index assessment_ranking on assessment (framework_code, framework_version, year, status);
