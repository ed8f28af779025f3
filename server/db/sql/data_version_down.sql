do $$
declare
  t record;
begin
  for t in select tgrelid::regclass as target from pg_trigger where tgname = 'data_version_touch' loop
    execute format('drop trigger data_version_touch on %s', t.target);
  end loop;
end
$$;
drop function data_version_attach(regclass);
drop function data_version_key();
drop function data_version_renew();
drop trigger data_version_commit on data_version_pending;
drop function data_version_commit();
drop function data_version_touch();
drop table data_version_pending;
drop table data_version;
drop sequence data_version_seq;
