-- Dues ledger: yearly invoices, payments and waivers. Arrears (and LAPSED) are derived from these per date.
create table dues_invoice (
    id           uuid          primary key,
    member_code  varchar(64)   not null references member (code),
    year         int           not null,
    amount       numeric(12,2) not null check (amount > 0),
    currency     char(3)       not null,
    due_date     date          not null,
    issued_by    varchar(200)  not null,
    issued_at    timestamptz   not null,
    unique (member_code, year)
);
create table dues_payment (
    id           uuid          primary key,
    invoice_id   uuid          not null references dues_invoice (id),
    amount       numeric(12,2) not null check (amount > 0),
    paid_on      date          not null,
    reference    varchar(200),
    recorded_by  varchar(200)  not null,
    recorded_at  timestamptz   not null
);
create table dues_waiver (
    id           uuid          primary key,
    invoice_id   uuid          not null references dues_invoice (id),
    amount       numeric(12,2) not null check (amount > 0),
    decided_on   date          not null,
    reason       varchar(500)  not null,
    decided_by   varchar(200)  not null,
    recorded_at  timestamptz   not null
);
create index dues_invoice_member on dues_invoice (member_code, due_date);
create index dues_payment_invoice on dues_payment (invoice_id, paid_on);
create index dues_waiver_invoice on dues_waiver (invoice_id, decided_on);
