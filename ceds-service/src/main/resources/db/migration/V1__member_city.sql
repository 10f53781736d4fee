-- Projection of membership events (see MembershipEventsConsumer).
create table member_city (
    code            varchar(64)  primary key,
    name            varchar(200) not null,
    country         char(2)      not null,
    region          varchar(20)  not null,
    membership_type varchar(20)  not null,
    joined_on       date         not null,
    revision        int          not null,
    updated_at      timestamptz  not null
);
