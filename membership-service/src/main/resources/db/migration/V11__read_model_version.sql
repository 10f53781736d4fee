-- One number that changes whenever anything member reads show changes (a member row or a standing period), at the
-- commit of the write: cached reads (ReadModelVersion) are keyed by it, so every instance sees a write on its next
-- read, and a write made behind the service's back (SQL) too. The triggers are deferred constraint triggers, so the
-- counter row is locked last, at commit: it orders writers without ever being held while they wait for another lock.
create table read_model_version (
    id      int     primary key check (id = 1),
    version bigint  not null
);
insert into read_model_version (id, version) values (1, 0);

create function bump_read_model_version() returns trigger language plpgsql as $$
begin
    update read_model_version set version = version + 1 where id = 1;
    return null;
end $$;

create constraint trigger member_read_model_version after insert or update or delete on member
    deferrable initially deferred for each row execute function bump_read_model_version();
create constraint trigger standing_period_read_model_version after insert or update or delete on member_standing_period
    deferrable initially deferred for each row execute function bump_read_model_version();
