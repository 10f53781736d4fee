-- Published framework versions: immutable data (a change is a new version). The definition is the framework JSON.
create table framework (
    code            varchar(32)  not null,
    version         varchar(20)  not null,
    name            varchar(200) not null,
    aggregation     varchar(20)  not null,
    indicator_count int          not null,
    definition      text         not null,
    published_by    varchar(200) not null,
    published_at    timestamptz  not null,
    primary key (code, version)
);
