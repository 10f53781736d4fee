-- The read-model version moves once per transaction, however many rows it wrote: a dues run rewrites tens of
-- thousands of standing periods, and updating one row that often in one transaction walks an ever longer chain of
-- that row's versions (quadratic: a yearly run over 10,000 members took 65 s).
create or replace function bump_read_model_version() returns trigger language plpgsql as $$
begin
    if current_setting('wego.read_model_version_bumped', true) = 'on' then
        return null;
    end if;
    perform set_config('wego.read_model_version_bumped', 'on', true);
    update read_model_version set version = version + 1 where id = 1;
    return null;
end $$;
