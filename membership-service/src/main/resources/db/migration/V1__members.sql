create table member (
    code            varchar(64)  primary key,
    name            varchar(200) not null,
    country         char(2)      not null,
    region          varchar(20)  not null,
    type            varchar(20)  not null,
    population      bigint,
    website         varchar(300),
    founding_member boolean      not null default false,
    joined_on       date         not null,
    created_at      timestamptz  not null,
    version         bigint       not null default 0
);
create index member_region on member (region, code);
create index member_country on member (country, code);
